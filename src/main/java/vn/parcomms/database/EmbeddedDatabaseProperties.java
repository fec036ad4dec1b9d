package vn.parcomms.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL server.
 *
 * @param dataDirectory where the cluster lives; reused across restarts
 * @param port TCP port on localhost; 0 picks a free one
 * @param databaseName database created inside the cluster
 * @param durable whether fsync and synchronous commit are on (they must be for real data)
 * @param cleanOnStart wipe the data directory first (only for throw-away test clusters)
 */
@ConfigurationProperties("parcomms.database.embedded")
record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("54329") int port,
        @DefaultValue("parcomms") String databaseName,
        @DefaultValue("true") boolean durable,
        @DefaultValue("false") boolean cleanOnStart) {
}
