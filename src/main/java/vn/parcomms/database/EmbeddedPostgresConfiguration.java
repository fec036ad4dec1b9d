package vn.parcomms.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs PostgreSQL inside the application when {@code spring.datasource.url} is empty, so that a
 * commune can run ParComms on a small server with one command. The cluster lives under the data
 * directory and is reused across restarts; fsync stays on because this holds real data.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgresServer server, EmbeddedDatabaseProperties properties) {
        var config = new HikariConfig();
        config.setPoolName("parcomms-embedded");
        config.setJdbcUrl(server.jdbcUrl(properties.databaseName()));
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    /** The running server plus the lock that keeps a second instance away from its files. */
    static final class EmbeddedPostgresServer implements AutoCloseable {

        private final EmbeddedPostgres postgres;
        private final FileChannel lockChannel;
        private final FileLock lock;

        private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock) {
            this.postgres = postgres;
            this.lockChannel = lockChannel;
            this.lock = lock;
        }

        static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) {
            Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
            FileChannel channel = null;
            FileLock lock;
            try {
                Files.createDirectories(dataDirectory.getParent());
                channel = FileChannel.open(dataDirectory.getParent().resolve(dataDirectory.getFileName() + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException e) {
                throw new EmbeddedDatabaseStartupException(
                        "Không thể tạo thư mục dữ liệu " + dataDirectory + " (cannot create the data directory): " + e.getMessage(),
                        "Kiểm tra quyền ghi hoặc đặt PARCOMMS_DATA_DIR sang thư mục khác. "
                                + "Check write permissions or set PARCOMMS_DATA_DIR to another directory.", e);
            }
            if (lock == null) {
                closeQuietly(channel);
                throw new EmbeddedDatabaseStartupException(
                        "Thư mục dữ liệu " + dataDirectory + " đang được một phiên ParComms khác sử dụng "
                                + "(the data directory is locked by another running instance).",
                        "Dừng phiên đang chạy, hoặc đặt PARCOMMS_DATA_DIR sang thư mục khác. "
                                + "Stop the running instance, or set PARCOMMS_DATA_DIR to another directory.", null);
            }
            if (properties.port() != 0 && !portIsFree(properties.port())) {
                release(lock, channel);
                throw new EmbeddedDatabaseStartupException(
                        "Cổng " + properties.port() + " của cơ sở dữ liệu nhúng đang bị chiếm "
                                + "(the embedded database port is taken).",
                        "Giải phóng cổng, hoặc đặt PARCOMMS_DB_EMBEDDED_PORT sang cổng khác. "
                                + "Free the port, or set PARCOMMS_DB_EMBEDDED_PORT to another port.", null);
            }
            try {
                var builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(properties.cleanOnStart())
                        .setRegisterShutdownHook(false)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setLocaleConfig("locale", "C.UTF-8")
                        .setServerConfig("listen_addresses", "localhost")
                        .setServerConfig("timezone", "UTC");
                if (properties.durable()) {
                    // zonky starts postgres with -F (fsync off); later -c settings win.
                    builder.setServerConfig("fsync", "on")
                            .setServerConfig("synchronous_commit", "on")
                            .setServerConfig("full_page_writes", "on");
                }
                if (properties.port() != 0) {
                    builder.setPort(properties.port());
                }
                EmbeddedPostgres postgres = builder.start();
                createDatabaseIfMissing(postgres, properties.databaseName());
                log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), dataDirectory);
                return new EmbeddedPostgresServer(postgres, channel, lock);
            } catch (IOException | SQLException | RuntimeException e) {
                release(lock, channel);
                throw new EmbeddedDatabaseStartupException(
                        "Không khởi động được cơ sở dữ liệu nhúng (the embedded database did not start): " + e.getMessage(),
                        "Xem nhật ký ở trên; nếu thư mục " + dataDirectory + " hỏng, hãy khôi phục bản sao lưu. "
                                + "See the log above; restore a backup if the data directory is damaged.", e);
            }
        }

        String jdbcUrl(String database) {
            return postgres.getJdbcUrl("postgres", database);
        }

        int port() {
            return postgres.getPort();
        }

        @Override
        public void close() throws IOException {
            try {
                postgres.close();
                log.info("Embedded PostgreSQL stopped");
            } finally {
                release(lock, lockChannel);
            }
        }

        private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String name) throws SQLException {
            if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("invalid database name " + name);
            }
            DataSource admin = postgres.getPostgresDatabase();
            try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
                try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                    if (rs.next()) {
                        return;
                    }
                }
                statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            }
        }

        private static boolean portIsFree(int port) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        private static void release(FileLock lock, FileChannel channel) {
            try {
                if (lock != null && lock.isValid()) {
                    lock.release();
                }
            } catch (IOException ignored) {
                // the channel close below releases it anyway
            }
            closeQuietly(channel);
        }

        private static void closeQuietly(FileChannel channel) {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
