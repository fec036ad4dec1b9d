package vn.parcomms.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parcomms.HttpApi;
import vn.parcomms.ParCommsApplication;

/**
 * The platform on an external PostgreSQL (Debian's 15 on CI), configured with the standard
 * {@code spring.datasource.*} settings. {@code .ci/run} starts the server and passes its address in
 * {@code PARCOMMS_TEST_EXTERNAL_DB_URL}; without it the test is skipped, except on CI where it fails.
 */
class ExternalDatabaseTests {

    static final String URL = System.getenv("PARCOMMS_TEST_EXTERNAL_DB_URL");
    static final String USER = System.getenv().getOrDefault("PARCOMMS_TEST_EXTERNAL_DB_USER", "parcomms");
    static final String PASSWORD = System.getenv().getOrDefault("PARCOMMS_TEST_EXTERNAL_DB_PASSWORD", "");

    @BeforeAll
    static void requireExternalDatabase() throws SQLException {
        if (URL == null || URL.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but PARCOMMS_TEST_EXTERNAL_DB_URL is not set; .ci/run sets it");
            }
            Assumptions.abort("PARCOMMS_TEST_EXTERNAL_DB_URL not set: external-database test skipped (bash .ci/run runs it)");
        }
        // Start from an empty schema so the test sees what a first installation sees.
        try (var connection = DriverManager.getConnection(URL, USER, PASSWORD); var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }

    @Test
    void runsOnAnExternalPostgresWithoutStartingTheEmbeddedOne() {
        try (var context = new SpringApplicationBuilder(ParCommsApplication.class).profiles("test", "demo")
                .run("--server.port=0", "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER,
                        "--spring.datasource.password=" + PASSWORD)) {
            assertThat(context.getBeanNamesForType(EmbeddedPostgresConfiguration.EmbeddedPostgresServer.class)).isEmpty();
            var jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT current_setting('server_version_num')::int").query(Integer.class).single())
                    .isGreaterThanOrEqualTo(150000);
            assertThat(jdbc.sql("SELECT count(*) FROM organization WHERE kind = 'COMMUNE'").query(Long.class).single())
                    .isEqualTo(3321);

            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var result = HttpApi.anonymous(port).get("/api/v1/organizations?q=quang%20khe").json();
            assertThat(result.path("items").get(0).path("code").asString()).isEqualTo("24631");
            assertThat(HttpApi.withToken(port, "pc_demo_xa_dieuphoi").get("/api/v1/me").status()).isEqualTo(200);
        }
    }
}
