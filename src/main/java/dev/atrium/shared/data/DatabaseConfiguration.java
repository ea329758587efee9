package dev.atrium.shared.data;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource: an external PostgreSQL when {@code ATRIUM_DB_URL} is set, otherwise the
 * embedded server in the data directory. One embedded server per JVM and data directory, so test
 * contexts that Spring caches side by side share it.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  private static final String DATABASE = "atrium";
  private static final String INVALID_PASSWORD = "28P01";
  private static final java.util.Map<Path, Shared> RUNNING = new java.util.HashMap<>();

  /** A server and the number of application contexts using it; the last one to close stops it. */
  private static final class Shared {
    final EmbeddedPostgres server;
    int users;

    Shared(EmbeddedPostgres server) {
      this.server = server;
    }
  }

  /** The embedded server, when no external database is configured; stopped after the pool closes. */
  static final class EmbeddedServer implements AutoCloseable {
    private final Path root;
    final EmbeddedPostgres server;

    EmbeddedServer(Path root, String password) {
      this.root = root;
      synchronized (RUNNING) {
        Shared shared =
            RUNNING.computeIfAbsent(root, r -> new Shared(EmbeddedPostgres.start(r, password)));
        shared.users++;
        this.server = shared.server;
      }
    }

    @Override
    public void close() {
      synchronized (RUNNING) {
        Shared shared = RUNNING.get(root);
        if (shared != null && --shared.users == 0) {
          RUNNING.remove(root);
          shared.server.close();
        }
      }
    }
  }

  @Bean
  DataDirectory dataDirectory(@Value("${atrium.data-dir:./data}") String dataDir) {
    return new DataDirectory(Path.of(dataDir));
  }

  @Bean
  @ConditionalOnExpression("'${atrium.db.url:}'.isBlank()")
  EmbeddedServer embeddedServer(DataDirectory data) {
    return new EmbeddedServer(data.root(), data.secret("database-password"));
  }

  @Bean
  DataSource dataSource(
      DataDirectory data,
      ObjectProvider<EmbeddedServer> embeddedServer,
      @Value("${atrium.db.url:}") String url,
      @Value("${atrium.db.username:}") String username,
      @Value("${atrium.db.password:}") String password,
      @Value("${atrium.db.pool-size:20}") int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("atrium");
    config.setMaximumPoolSize(poolSize);
    // A lost database should fail requests and health checks within seconds, not hang them for 30.
    config.setConnectionTimeout(5_000);
    EmbeddedServer embedded = embeddedServer.getIfAvailable();
    if (embedded == null) {
      config.setJdbcUrl(url);
      config.setUsername(username);
      config.setPassword(password);
    } else {
      String secret = data.secret("database-password");
      EmbeddedPostgres pg = embedded.server;
      createDatabaseIfMissing(pg, secret, data.root());
      config.setJdbcUrl(pg.jdbcUrl(DATABASE));
      config.setUsername(EmbeddedPostgres.SUPERUSER);
      config.setPassword(secret);
    }
    return new HikariDataSource(config);
  }

  private static void createDatabaseIfMissing(EmbeddedPostgres pg, String password, Path dataDir) {
    Properties props = new Properties();
    props.setProperty("user", EmbeddedPostgres.SUPERUSER);
    props.setProperty("password", password);
    try (var connection = DriverManager.getConnection(pg.jdbcUrl("postgres"), props);
        var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, DATABASE);
      if (!exists.executeQuery().next()) {
        try (var create = connection.createStatement()) {
          create.execute("create database " + DATABASE + " encoding 'UTF8'");
        }
      }
    } catch (SQLException e) {
      if (INVALID_PASSWORD.equals(e.getSQLState())) {
        throw StartupFailure.passwordRejected(dataDir, e);
      }
      throw new IllegalStateException("Cannot prepare the embedded database", e);
    }
  }
}
