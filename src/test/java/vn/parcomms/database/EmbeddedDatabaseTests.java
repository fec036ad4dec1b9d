package vn.parcomms.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parcomms.ParCommsApplication;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.organizations.CreateOrganization;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.organizations.OrganizationKind;

/** The embedded database as an operator meets it: durable, reused, and clear when it cannot start. */
class EmbeddedDatabaseTests {

    private static ConfigurableApplicationContext start(Path dataDirectory, int port, String... profiles) {
        return new SpringApplicationBuilder(ParCommsApplication.class)
                .profiles(profiles.length == 0 ? new String[] {"test"} : profiles)
                .run("--server.port=0",
                        "--parcomms.database.embedded.data-directory=" + dataDirectory,
                        "--parcomms.database.embedded.clean-on-start=false",
                        "--parcomms.database.embedded.port=" + port);
    }

    private static Path newDirectory() {
        return Path.of("target/test-data/restart-" + UUID.randomUUID(), "postgres");
    }

    @Test
    void keepsDataAcrossRestartsWithFsyncOn() {
        Path directory = newDirectory();
        long id;
        long migrations;
        try (var first = start(directory, 0)) {
            var jdbc = first.getBean(JdbcClient.class);
            migrations = jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Long.class).single();
            assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
            var directory1 = first.getBean(OrganizationDirectory.class);
            long commune = directory1.getByCode("24631").id();
            id = AccessPolicy.asSystem(() -> directory1.create(new CreateOrganization(commune, "24631.LUU",
                    "Tổ lưu trữ xã Quảng Khê", null, null, OrganizationKind.OTHER, LocalDate.of(2026, 1, 1)))).id();
        }
        try (var second = start(directory, 0)) {
            var organizations = second.getBean(OrganizationDirectory.class);
            assertThat(organizations.get(id).name()).isEqualTo("Tổ lưu trữ xã Quảng Khê");
            assertThat(second.getBean(JdbcClient.class).sql("SELECT count(*) FROM flyway_schema_history WHERE success")
                    .query(Long.class).single()).isEqualTo(migrations);
        }
    }

    @Test
    void refusesASecondInstanceOnTheSameDataDirectory() {
        Path directory = newDirectory();
        try (var running = start(directory, 0)) {
            assertThatThrownBy(() -> start(directory, 0))
                    .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                            .isInstanceOf(EmbeddedDatabaseStartupException.class)
                            .hasMessageContaining("đang được một phiên ParComms khác sử dụng"));
            assertThat(running.isActive()).isTrue();
        }
    }

    @Test
    void explainsWhenThePortIsTaken() throws IOException {
        try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> start(newDirectory(), taken.getLocalPort()))
                    .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                            .isInstanceOf(EmbeddedDatabaseStartupException.class)
                            .hasMessageContaining("Cổng " + taken.getLocalPort())
                            .hasMessageContaining("đang bị chiếm"));
        }
    }

    @Test
    void failureAnalysisTellsTheOperatorWhatToDo() {
        var analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(new IllegalStateException("wrapped",
                new EmbeddedDatabaseStartupException("Cổng 54329 đang bị chiếm", "Đặt PARCOMMS_DB_EMBEDDED_PORT", null)));
        assertThat(analysis.getDescription()).isEqualTo("Cổng 54329 đang bị chiếm");
        assertThat(analysis.getAction()).contains("PARCOMMS_DB_EMBEDDED_PORT");
    }

    @Test
    void productionStartsWithTheFirstAdministratorFromSettings() {
        Path directory = newDirectory();
        try (var prod = new SpringApplicationBuilder(ParCommsApplication.class).profiles("prod", "test")
                .run("--server.port=0", "--parcomms.database.embedded.data-directory=" + directory,
                        "--parcomms.database.embedded.port=0", "--parcomms.bootstrap.admin.username=quantri",
                        "--parcomms.bootstrap.admin.password=Khoi-tao-2026", "--parcomms.bootstrap.admin.organization-code=68")) {
            var jdbc = prod.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT count(*) FROM user_account").query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("""
                    SELECT g.role FROM role_grant g JOIN user_account u ON u.id = g.user_id
                    WHERE u.username = 'quantri' AND g.organization_id IS NULL""").query(String.class).single())
                    .isEqualTo("SYSTEM_ADMIN");
        }
    }

    @Test
    void productionProfileRefusesToStartWhileDemoUsersExist() {
        Path directory = newDirectory();
        try (var demo = start(directory, 0, "test", "demo")) {
            assertThat(demo.getBean(JdbcClient.class).sql("SELECT count(*) FROM user_account WHERE demo")
                    .query(Long.class).single()).isPositive();
        }
        assertThatThrownBy(() -> start(directory, 0, "prod", "test"))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                        .hasMessageContaining("tài khoản demo"));
    }
}
