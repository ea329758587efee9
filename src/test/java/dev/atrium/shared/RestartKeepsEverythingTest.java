package dev.atrium.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.atrium.Atrium;
import dev.atrium.TestAccounts;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Atrium, writes, stops it, starts it again on the same data: once on the embedded
 * PostgreSQL in a data directory, once on the external PostgreSQL server of this machine.
 */
class RestartKeepsEverythingTest {

  private static final String EXTERNAL = "jdbc:postgresql://127.0.0.1:5432/";

  @Test
  void embeddedDatabaseKeepsWhatWasWrittenAcrossARestart() {
    String dataDir = "target/test-data/restart-" + UUID.randomUUID();
    assertDepartmentSurvivesRestart(List.of("--atrium.data-dir=" + dataDir));
  }

  @Test
  void externalPostgresqlIsUsedWhenAtriumDbUrlIsSet() throws SQLException {
    String database =
        "atrium_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    assumeTrue(createDatabase(database), "no PostgreSQL server on 127.0.0.1:5432");
    try {
      assertDepartmentSurvivesRestart(List.of(
          "--atrium.data-dir=target/test-data/external-" + database,
          "--atrium.db.url=" + EXTERNAL + database,
          "--atrium.db.username=postgres",
          "--atrium.db.password="));
    } finally {
      try (var connection = DriverManager.getConnection(EXTERNAL + "postgres", "postgres", "")) {
        connection
            .createStatement()
            .execute("drop database if exists " + database + " with (force)");
      }
    }
  }

  private void assertDepartmentSurvivesRestart(List<String> settings) {
    String name = "重启后仍在-" + UUID.randomUUID().toString().substring(0, 6);
    try (var first = start(settings)) {
      Api admin = People.admin(port(first));
      var created = admin.post(
          "/api/v1/departments", Map.of("name", name, "parentId", People.rootDepartment(admin)));
      assertThat(created.status()).isEqualTo(201);
    }
    try (var second = start(settings)) {
      Api admin = People.admin(port(second));
      assertThat(admin.get("/api/v1/departments").body().findValuesAsString("name"))
          .contains(name);
    }
  }

  private static ConfigurableApplicationContext start(List<String> settings) {
    List<String> args = new ArrayList<>(settings);
    args.addAll(List.of(
        "--server.port=0",
        "--atrium.bootstrap.admin-email=" + TestAccounts.ADMIN_EMAIL,
        "--atrium.bootstrap.admin-password=" + TestAccounts.ADMIN_PASSWORD,
        "--atrium.bootstrap.admin-password-change-required=false"));
    return new SpringApplicationBuilder(Atrium.class).run(args.toArray(String[]::new));
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  private static boolean createDatabase(String name) {
    try (var connection = DriverManager.getConnection(EXTERNAL + "postgres", "postgres", "")) {
      connection
          .createStatement()
          .execute("create database " + name + " encoding 'UTF8' template template0");
      return true;
    } catch (SQLException e) {
      return false;
    }
  }
}
