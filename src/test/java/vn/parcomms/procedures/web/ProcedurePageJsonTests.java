package vn.parcomms.procedures.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import vn.parcomms.IntegrationTest;
import vn.parcomms.procedures.ProcedureContent.Level;
import vn.parcomms.procedures.ProcedureContent.OnlineLevel;

/** A page of results put together from its items' JSON is byte for byte what the application's JSON mapper writes. */
@IntegrationTest
class ProcedurePageJsonTests {

    @Autowired
    JsonMapper json;

    @Test
    void pageAssembledFromItemsEqualsTheMappersOwnOutput() {
        var first = new ProcedureApi.ProcedureSummary("1.001193.000.00.00.H36", "Đăng ký khai sinh \"có yếu tố\" nước ngoài",
                "Hộ tịch", List.of(Level.COMMUNE, Level.PROVINCE), OnlineLevel.FULL, "03 ngày làm việc",
                "/api/v1/procedures/1.001193.000.00.00.H36", "/thu-tuc/1.001193.000.00.00.H36");
        var second = new ProcedureApi.ProcedureSummary("2.000001", "Chứng thực bản sao từ bản chính", "Chứng thực", List.of(),
                OnlineLevel.NONE, null, "/api/v1/procedures/2.000001", "/thu-tuc/2.000001");
        for (var items : List.of(List.of(first, second), List.of(first), List.<ProcedureApi.ProcedureSummary>of())) {
            byte[] expected = json.writeValueAsBytes(new ProcedureApi.ProcedurePage(items, 3, 20, 1_234, 62));
            byte[] assembled = ProcedureApi.page(items.stream().map(json::writeValueAsBytes).toList(), 3, 20, 1_234, 62);
            assertThat(new String(assembled, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        }
    }
}
