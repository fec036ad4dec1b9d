package vn.parcomms.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;

/**
 * What a citizen types, and the procedure that must come first, over the demo catalog (45 commune
 * procedures of Lâm Đồng): with and without diacritics, with typos, with everyday words, by code.
 */
@IntegrationTest
class ProcedureSearchRelevanceTests {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            khai sinh                         | Đăng ký khai sinh
            dang ky khai sinh                 | Đăng ký khai sinh
            Đăng ký khai sinh                 | Đăng ký khai sinh
            ĐĂNG KÝ KHAI SINH                 | Đăng ký khai sinh
            khai sính                         | Đăng ký khai sinh
            khai snh                          | Đăng ký khai sinh
            kahi sinh                         | Đăng ký khai sinh
            làm giấy khai sinh                | Đăng ký khai sinh
            1.001193                          | Đăng ký khai sinh
            1.001193.000.00.00.h36            | Đăng ký khai sinh
            khai tu                           | Đăng ký khai tử
            báo tử                            | Đăng ký khai tử
            ket hon                           | Đăng ký kết hôn
            dang ki ket hon                   | Đăng ký kết hôn
            ket hon nguoi nuoc ngoai          | Đăng ký kết hôn có yếu tố nước ngoài
            xin giay doc than                 | Cấp Giấy xác nhận tình trạng hôn nhân
            xac nhan tinh trang hon nhan      | Cấp Giấy xác nhận tình trạng hôn nhân
            lam lai giay khai sinh bi mat     | Đăng ký lại khai sinh
            trich luc                         | Cấp bản sao Trích lục hộ tịch
            sao y                             | Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận
            cong chung giay to                | Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận
            chứng thực chữ ký                 | Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)
            chung thuc di chuk                | Chứng thực di chúc
            di chuc                           | Chứng thực di chúc
            chia thua ke                      | Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở
            lam so do                         | Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư, người gốc Việt Nam định cư ở nước ngoài
            sang ten so do                    | Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi quyền sử dụng đất nông nghiệp mà không theo phương án dồn điền, đổi thửa; chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; cho thuê, cho thuê lại quyền sử dụng đất trong dự án xây dựng kinh doanh kết cấu hạ tầng; bán hoặc tặng cho hoặc để thừa kế hoặc góp vốn bằng tài sản gắn liền với đất thuê của Nhà nước theo hình thức thuê đất trả tiền hàng năm
            tranh chap dat                    | Hòa giải tranh chấp đất đai
            hoà giải                          | Hòa giải tranh chấp đất đai
            mai táng phí                      | Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội
            tro cap nguoi cao tuoi            | Thực hiện, điều chỉnh, thôi hưởng trợ cấp hưu trí xã hội
            giay xac nhan khuyet tat          | Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật
            ho ngheo                          | Công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm
            thanh lap ho kinh doanh           | Đăng ký thành lập hộ kinh doanh
            dang ky ho kinh doanh             | Đăng ký thành lập hộ kinh doanh
            tam ngung kinh doanh              | Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã đăng ký của hộ kinh doanh
            cham dut ho kinh doanh            | Chấm dứt hoạt động hộ kinh doanh
            giay phep kinh doanh bi mat       | Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh
            con nuoi                          | Đăng ký việc nuôi con nuôi trong nước
            le hoi dinh chua                  | Đăng ký hoạt động tín ngưỡng
            tuyen sinh lop 6                  | Tuyển sinh trung học cơ sở
            giay khen                         | Thủ tục tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã cho gia đình
            tro cap tho cung liet si          | Giải quyết chế độ trợ cấp thờ cúng liệt sĩ
            """)
    void theExpectedProcedureComesFirst(String query, String expected) {
        var response = HttpApi.anonymous(port).get("/api/v1/procedures?q=" + HttpApi.encode(query));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("items").path(0).path("name").asString()).as(query).isEqualTo(expected);
    }
}
