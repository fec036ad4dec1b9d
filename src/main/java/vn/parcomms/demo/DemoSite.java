package vn.parcomms.demo;

import java.util.List;

import org.springframework.stereotype.Component;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.sites.ArticleAction;
import vn.parcomms.sites.ArticleDraft;
import vn.parcomms.sites.ArticleKind;
import vn.parcomms.sites.Edition;
import vn.parcomms.sites.Section;
import vn.parcomms.sites.Site;
import vn.parcomms.sites.SiteDraft;
import vn.parcomms.sites.SiteManagement;

/** The CCHC page of Xã Quảng Khê at /xa-quang-khe/ with a few published items. */
@Component
class DemoSite {

    private final SiteManagement sites;
    private final OrganizationDirectory organizations;

    DemoSite(SiteManagement sites, OrganizationDirectory organizations) {
        this.sites = sites;
        this.organizations = organizations;
    }

    void load() {
        long commune = organizations.getByCode(DemoData.COMMUNE_CODE).id();
        Site site = sites.createSite(commune, new SiteDraft("xa-quang-khe", "Trang thông tin cải cách hành chính xã Quảng Khê",
                "Công khai, minh bạch – phục vụ người dân và doanh nghiệp", "0261 3500 115", "cchc.quangkhe@demo.example",
                "Xã Quảng Khê, tỉnh Lâm Đồng",
                "Điều 1. Trang thông tin điện tử CCHC của xã đăng tin, bài về cải cách hành chính.\n"
                        + "Điều 2. Cán bộ, công chức các đơn vị viết tin, bài; Phòng Văn hóa – Xã hội biên tập, duyệt và đăng.\n"
                        + "Điều 3. Tin, bài được duyệt trước khi đăng; người viết không tự đăng bài của mình.",
                true, null));
        List<Section> sections = sites.sections(site.id());
        long news = sections.stream().filter(s -> s.slug().equals("tin-tuc")).findFirst().orElseThrow().id();
        long procedures = sections.stream().filter(s -> s.slug().equals("thu-tuc-hanh-chinh")).findFirst().orElseThrow().id();
        publish(site, new ArticleDraft(ArticleKind.NEWS, news, "Quảng Khê tăng tỷ lệ hồ sơ trực tuyến toàn trình",
                "Trong quý III/2026, hơn 70% hồ sơ thủ tục hành chính của xã được nộp qua Cổng dịch vụ công quốc gia.",
                "<p>Trung tâm Phục vụ hành chính công xã đã hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình trên "
                        + "<a href=\"https://dichvucong.gov.vn\">Cổng dịch vụ công quốc gia</a>.</p>"
                        + "<p>Các thủ tục được nộp nhiều nhất: đăng ký khai sinh, chứng thực bản sao, đăng ký kinh doanh hộ.</p>",
                null, List.of("ONLINE_PUBLIC_SERVICES"), List.of("dịch vụ công trực tuyến"), null, null, null, null));
        publish(site, new ArticleDraft(ArticleKind.ARTICLE, procedures, "Hướng dẫn đăng ký khai sinh trực tuyến",
                "Các bước đăng ký khai sinh cho trẻ qua dịch vụ công liên thông, không phải đến trụ sở.",
                "<h2>Chuẩn bị</h2><ul><li>Giấy chứng sinh (bản điện tử hoặc ảnh chụp)</li><li>Căn cước của cha hoặc mẹ</li></ul>"
                        + "<h2>Thực hiện</h2><p>Đăng nhập Cổng dịch vụ công bằng tài khoản định danh điện tử VNeID, chọn "
                        + "<strong>Liên thông đăng ký khai sinh – đăng ký thường trú – cấp thẻ BHYT</strong>.</p>",
                null, List.of("PROCEDURE_DISCLOSURE"), List.of("khai sinh", "thủ tục hành chính"), null, null, null, null));
    }

    private void publish(Site site, ArticleDraft draft) {
        Edition edition = sites.create(site.id(), draft);
        edition = sites.act(edition.id(), ArticleAction.SUBMIT, edition.version(), null, null, null);
        sites.act(edition.id(), ArticleAction.PUBLISH, edition.version(), null, null, null);
    }
}
