package vn.parcomms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import vn.parcomms.IntegrationTest;

/**
 * The cascade end to end in Chromium: the province issues a plan with an obligation for the
 * communes, the commune drafts its own plan from it, assigns a task to its culture office and
 * issues; the culture office sees its quarterly occurrences and the province sees the commune on time.
 */
@IntegrationTest
class PlanCascadeBrowserTests extends BrowserTestSupport {

    private void addTask(String number, String title, String lead, String timing) {
        page.locator("#add-task").click();
        Locator form = page.locator("#task-new form");
        form.locator("#task-number").fill(number);
        form.locator("#task-title").fill(title);
        form.locator("select#leadId").selectOption(new SelectOption().setLabel(lead));
        form.locator("select#coordinatorGroup").selectOption("ALL_COMMUNES");
        form.locator("#task-timing").fill(timing);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.locator("#task-rows, #new-task-slot").getByText(title)).isVisible();
    }

    @Test
    void provinceIssuesCommuneImplementsOfficeSeesItsOccurrences() {
        // The province coordinator drafts and issues the plan.
        signIn("tinh.dieuphoi", "ParComms@2026");
        page.navigate(url("/plans/new"));
        page.getByLabel("Tên kế hoạch").fill("Kế hoạch tuyên truyền CCHC thử nghiệm năm 2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo bản nháp")).click();
        page.getByLabel("Số, ký hiệu").fill("777/KH-UBND");
        page.getByLabel("Ngày ban hành").fill("2026-11-01");
        page.getByLabel("Địa danh").fill("Lâm Đồng");
        page.getByLabel("Người ký", new Page.GetByLabelOptions().setExact(true)).fill("Nguyễn Văn Ký");
        page.locator("select#obligationGroup").selectOption("ALL_COMMUNES");
        page.getByLabel("Chậm nhất trước ngày").fill("2026-12-31");
        page.locator("#plan-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu dự thảo.");

        addTask("1", "Tin, bài về CCHC trên trang thông tin điện tử", "Sở Nội vụ tỉnh Lâm Đồng", "Định kỳ 01 lần/quý");
        addTask("2", "Hội nghị đối thoại với doanh nghiệp", "Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng", "Tháng 10/2026");
        addTask("3", "Hưởng ứng Ngày Chuyển đổi số quốc gia", "Sở Khoa học và Công nghệ tỉnh Lâm Đồng", "Nhân ngày 10/10");
        page.navigate(url(page.url().replaceFirst("^https?://[^/]+", "")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ban hành kế hoạch")).click();
        assertThat(page.getByTestId("plan-status")).hasText("Đã ban hành");
        assertThat(page.getByTestId("task-table").locator("tbody tr")).hasCount(3);

        // The commune coordinator starts the commune plan from the obligation.
        context.clearCookies();
        signIn("xa.dieuphoi", "ParComms@2026");
        page.navigate(url("/inbox"));
        Locator obligation = page.getByTestId("obligation").filter(new Locator.FilterOptions().setHasText("777/KH-UBND"));
        obligation.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Soạn kế hoạch thực hiện")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã tạo dự thảo kế hoạch từ kế hoạch cấp trên");
        page.getByLabel("Số, ký hiệu").fill("95/KH-UBND");
        page.getByLabel("Ngày ban hành").fill("2026-11-15");
        page.getByLabel("Người ký", new Page.GetByLabelOptions().setExact(true)).fill("Mai Văn Tùng");
        page.locator("#plan-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu dự thảo.");

        // The imported quarterly task is assigned to the culture office.
        Locator imported = page.locator("#task-rows tr").filter(new Locator.FilterOptions().setHasText("Tin, bài về CCHC"));
        imported.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sửa nhiệm vụ 1")).click();
        Locator form = page.locator("form.task-form");
        form.locator("select#leadId").selectOption(new SelectOption().setLabel("Phòng Văn hóa – Xã hội xã Quảng Khê"));
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu")).click();
        // Wait for the saved row (not the form, whose options also name the office) before reloading.
        assertThat(page.locator("#task-rows tr").filter(new Locator.FilterOptions().setHasText("Tin, bài về CCHC"))
                .locator("td").nth(2)).hasText("Phòng Văn hóa – Xã hội xã Quảng Khê");
        page.navigate(url(page.url().replaceFirst("^https?://[^/]+", "")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ban hành kế hoạch")).click();
        assertThat(page.getByTestId("plan-status")).hasText("Đã ban hành");

        // The culture office sees four quarterly occurrences of the commune plan.
        context.clearCookies();
        signIn("xa.bientap", "ParComms@2026");
        page.navigate(url("/inbox"));
        Locator items = page.getByTestId("inbox-items").locator("li").filter(new Locator.FilterOptions().setHasText("95/KH-UBND"));
        assertThat(items).hasCount(4);
        assertThat(items.first()).containsText("Hạn 31/03/2026");
        assertThat(items.last()).containsText("Hạn 31/12/2026");

        // The province sees the commune issued on time.
        context.clearCookies();
        signIn("tinh.dieuphoi", "ParComms@2026");
        page.navigate(url("/plans"));
        page.locator("tr").filter(new Locator.FilterOptions().setHasText("777/KH-UBND"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Kế hoạch tuyên truyền CCHC thử nghiệm năm 2026")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tình hình ban hành của cấp dưới")).click();
        Locator row = page.getByTestId("compliance-table").locator("tr").filter(new Locator.FilterOptions().setHasText("Xã Quảng Khê"));
        assertThat(row.first()).containsText("Ban hành đúng hạn");
        assertThat(row.first()).containsText("95/KH-UBND");
    }
}
