package dev.atrium.shared.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each module migrates its own schema from {@code db/migration/<module>}, with its own history
 * table, so a module's migrations never interleave with another's version numbers.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMigrations {

  static final String SHARED = "shared";

  @Bean
  FlywayMigrationStrategy migrateEachModule() {
    return flyway -> {
      var dataSource = flyway.getConfiguration().getDataSource();
      for (String module : modules()) {
        Flyway.configure()
            .dataSource(dataSource)
            .schemas(module)
            .createSchemas(true)
            .locations("classpath:db/migration/" + module)
            .load()
            .migrate();
      }
    };
  }

  /** The shared schema first: modules may rely on what it holds. */
  static Iterable<String> modules() {
    try {
      Resource[] scripts = new PathMatchingResourcePatternResolver()
          .getResources("classpath*:db/migration/*/V*.sql");
      TreeSet<String> names = new TreeSet<>((a, b) ->
          a.equals(b) ? 0 : a.equals(SHARED) ? -1 : b.equals(SHARED) ? 1 : a.compareTo(b));
      Arrays.stream(scripts).forEach(r -> {
        try {
          String path = r.getURL().toString();
          String folder = path.substring(0, path.lastIndexOf('/'));
          names.add(folder.substring(folder.lastIndexOf('/') + 1));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the migrations", e);
    }
  }
}
