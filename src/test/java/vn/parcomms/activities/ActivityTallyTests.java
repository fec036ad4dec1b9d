package vn.parcomms.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;
import vn.parcomms.organizations.OrganizationDirectory;

/** The tallies progress reads stay equal to counting the activities, also under concurrent writes. */
@IntegrationTest
class ActivityTallyTests {

    private static final String TALLY = """
            SELECT occurrence_id || ':' || deliverable_code || ':' || accepted || ':' || pending || ':' || coalesce(last_accepted_end::text, '-')
            FROM activity_tally ORDER BY 1
            """;
    private static final String COUNTED = """
            SELECT occurrence_id || ':' || coalesce(deliverable_code, '') || ':' || count(*) FILTER (WHERE status = 'ACCEPTED')
                   || ':' || count(*) FILTER (WHERE status IN ('RECORDED', 'RETURNED')) || ':'
                   || coalesce((max(end_date) FILTER (WHERE status = 'ACCEPTED'))::text, '-')
            FROM activity WHERE occurrence_id IS NOT NULL AND status <> 'SUPERSEDED'
            GROUP BY occurrence_id, coalesce(deliverable_code, '') ORDER BY 1
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationDirectory organizations;

    @Test
    void concurrentRecordingAndReviewOfOneOccurrenceKeepsTheTallyExact() throws Exception {
        var staff = HttpApi.withToken(port, "pc_demo_xa_canbo");
        var coordinator = HttpApi.withToken(port, "pc_demo_xa_dieuphoi");
        long center = organizations.getByCode("24631.TTDVTH").id();
        long occurrence = staff.get("/api/v1/organizations/" + center + "/inbox?leads=true").json().valueStream()
                .filter(i -> i.path("periodKey").asString().endsWith("Q1")).findFirst().orElseThrow()
                .path("occurrenceId").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> recordings = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                Map<String, Object> body = new HashMap<>();
                body.put("organizationId", center);
                body.put("occurrenceId", occurrence);
                body.put("startDate", "2026-03-" + (10 + i % 15));
                body.put("channel", "LOUDSPEAKER");
                body.put("deliverable", i % 2 == 0 ? "NEWS" : null);
                body.put("title", "Phát thanh quý I số " + i);
                recordings.add(() -> staff.post("/api/v1/activities", body).json().path("id").asLong());
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Long> f : pool.invokeAll(recordings)) {
                ids.add(f.get());
            }
            List<Callable<Integer>> decisions = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                boolean accept = i % 3 != 0;
                decisions.add(() -> accept
                        ? coordinator.post("/api/v1/activities/" + id + "/accept", Map.of("version", 0)).status()
                        : coordinator.post("/api/v1/activities/" + id + "/return", Map.of("version", 0, "reason", "Thiếu ảnh")).status());
            }
            for (Future<Integer> f : pool.invokeAll(decisions)) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql(TALLY).query(String.class).list()).isEqualTo(jdbc.sql(COUNTED).query(String.class).list());
        String row = jdbc.sql("SELECT accepted || '/' || pending FROM activity_tally WHERE occurrence_id = :o AND deliverable_code = 'NEWS'")
                .param("o", occurrence).query(String.class).single();
        assertThat(row).isEqualTo("8/4");
    }
}
