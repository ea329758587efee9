package dev.atrium.shared.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the embedded PostgreSQL the way a first start of Atrium does, from the folders people
 * clone into: a home folder only root can enter, a path with spaces and Chinese characters, a
 * folder an earlier version left behind. Our machines and CI run as root, as containers do.
 */
class EmbeddedPostgresTest {

  private static final String PASSWORD = "secret";

  @TempDir
  Path folder;

  private final List<Path> dataDirs = new ArrayList<>();

  @Test
  void startsAsRootFromAFolderOnlyRootCanEnterAndKeepsItsData() throws Exception {
    assumeTrue(runsAsRoot(), "only root hands PostgreSQL to nobody");
    Path data = dataDir(folder.resolve("atrium/data"));
    try (var pg = EmbeddedPostgres.start(data, PASSWORD)) {
      sql(pg, "create table kept (word text); insert into kept values ('还在')");
    }
    try (var pg = EmbeddedPostgres.start(data, PASSWORD)) {
      assertThat(sql(pg, "select word from kept")).isEqualTo("还在");
    }
    assertThat(modeOf(folder)).as("the user's own folder is left as it was").isEqualTo("rwx------");
  }

  @Test
  void startsFromAPathWithSpacesAndChineseCharacters() throws Exception {
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path data = dataDir(folder.resolve("团队 协作/atrium/data"));
    try (var pg = EmbeddedPostgres.start(data, PASSWORD)) {
      assertThat(sql(pg, "select 'ok'")).isEqualTo("ok");
    }
    assertThat(data.resolve("pg")).as("the cluster lives in that very path").isDirectory();
    assertThat(Files.isSymbolicLink(data.resolve("pg"))).isFalse();
  }

  @Test
  void keepsTheDatabaseOfAFolderThatOnlyRootCanEnterSinceItWasMade() throws Exception {
    assumeTrue(runsAsRoot(), "only root hands PostgreSQL to nobody");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path data = dataDir(folder.resolve("atrium/data"));
    try (var pg = EmbeddedPostgres.start(data, PASSWORD)) {
      sql(pg, "create table kept (word text); insert into kept values ('搬家')");
    }
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    try (var pg = EmbeddedPostgres.start(data, PASSWORD)) {
      assertThat(sql(pg, "select word from kept")).isEqualTo("搬家");
    }
  }

  @Test
  void startsWhereAnEarlierVersionFailedForWantOfAccess() throws Exception {
    assumeTrue(runsAsRoot(), "only root hands PostgreSQL to nobody");
    Path data = dataDir(folder.resolve("atrium/data"));
    // what a start of the earlier launcher left: an empty cluster folder given to nobody, unusable
    // binaries
    Files.createDirectories(data.resolve("pg-runtime/391b37f2/bin"));
    Files.createDirectories(data.resolve("pg"));
    Files.setAttribute(data.resolve("pg"), "unix:uid", PostgresUser.NOBODY);
    try (var pg = EmbeddedPostgres.start(data, PASSWORD)) {
      assertThat(sql(pg, "select 'ok'")).isEqualTo("ok");
    }
  }

  @Test
  void takesOverADatabaseRestoredByRoot() throws Exception {
    assumeTrue(runsAsRoot(), "only root hands PostgreSQL to nobody");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path data = dataDir(folder.resolve("data"));
    try (var pg = EmbeddedPostgres.start(data, PASSWORD)) {
      sql(pg, "create table kept (word text); insert into kept values ('恢复')");
    }
    // `cp -r` as root: every file root's, the folder readable by all
    try (var walk = Files.walk(data.resolve("pg"))) {
      for (Path path : walk.toList()) {
        Files.setAttribute(path, "unix:uid", 0);
      }
    }
    Files.setPosixFilePermissions(data.resolve("pg"), PosixFilePermissions.fromString("rwxr-xr-x"));
    try (var pg = EmbeddedPostgres.start(data, PASSWORD)) {
      assertThat(sql(pg, "select word from kept")).isEqualTo("恢复");
    }
  }

  @Test
  void followsALinkOfTheOperatorsToAClusterOnAnotherDisk() throws Exception {
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path data = dataDir(folder.resolve("data"));
    Path elsewhere = Files.createDirectories(folder.resolve("other disk")).resolve("pg");
    Files.createSymbolicLink(data.resolve("pg"), elsewhere);
    try (var pg = EmbeddedPostgres.start(data, PASSWORD)) {
      assertThat(sql(pg, "select 'ok'")).isEqualTo("ok");
    }
    assertThat(elsewhere.resolve("PG_VERSION")).exists();
    try (var beside = Files.list(elsewhere.getParent())) {
      assertThat(beside)
          .as("nothing of Atrium's lands beside the operator's cluster")
          .containsExactly(elsewhere);
    }
  }

  @Test
  void triesAnotherPortWhenTheFirstIsTakenMeanwhile() throws Exception {
    Path data = dataDir(folder.resolve("data"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    try (var taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        var free = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int freePort = free.getLocalPort();
      free.close();
      Iterator<Integer> ports = List.of(taken.getLocalPort(), freePort).iterator();
      try (var pg = EmbeddedPostgres.start(data, PASSWORD, ports::next)) {
        assertThat(pg.port()).isEqualTo(freePort);
        assertThat(sql(pg, "select 'ok'")).isEqualTo("ok");
      }
    }
  }

  @Test
  void refusesADatabaseOfAnotherMajorVersionInPlainWords() throws Exception {
    Path data = dataDir(folder.resolve("data"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.createDirectories(data.resolve("pg"));
    Files.writeString(data.resolve("pg/PG_VERSION"), "16\n");
    assertThatThrownBy(() -> EmbeddedPostgres.start(data, PASSWORD))
        .isInstanceOfSatisfying(StartupFailure.class, failure -> {
          assertThat(failure.problem())
              .contains("holds a PostgreSQL 16 database; this Atrium runs PostgreSQL 17");
          assertThat(failure.fix()).contains("pg_upgrade");
          assertThat(failure.log()).isNotNull();
        });
  }

  @Test
  void saysTheDiskIsFullBeforeUnpackingOntoIt() throws Exception {
    assumeTrue(runsAsRoot(), "mounting a small disk needs root");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path disk = Files.createDirectories(folder.resolve("small disk"));
    assumeTrue(
        command("mount", "-t", "tmpfs", "-o", "size=20m,mode=755", "tmpfs", disk.toString()) == 0,
        "this machine lets root mount a tmpfs");
    try {
      Path data = dataDir(disk.resolve("data"));
      assertThatThrownBy(() -> EmbeddedPostgres.start(data, PASSWORD))
          .isInstanceOfSatisfying(StartupFailure.class, failure -> {
            assertThat(failure.problem()).startsWith("The disk holding " + data + " is full");
            assertThat(failure.fix()).contains("Free some space");
          });
    } finally {
      command("umount", disk.toString());
    }
  }

  @AfterEach
  void removeRelocatedDatabases() throws IOException {
    for (Path data : dataDirs) {
      Path link = data.resolve("pg");
      if (Files.isSymbolicLink(link)) {
        PostgresFolders.deleteRecursively(
            data.resolve(Files.readSymbolicLink(link)).getParent());
      }
    }
  }

  private Path dataDir(Path path) throws IOException {
    dataDirs.add(path);
    return Files.createDirectories(path);
  }

  private static String sql(EmbeddedPostgres pg, String statements) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", EmbeddedPostgres.SUPERUSER);
    props.setProperty("password", PASSWORD);
    try (var connection = DriverManager.getConnection(pg.jdbcUrl("postgres"), props);
        var statement = connection.createStatement()) {
      if (!statement.execute(statements)) {
        return "";
      }
      var result = statement.getResultSet();
      result.next();
      return result.getString(1);
    }
  }

  private static String modeOf(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  private static int command(String... command) throws IOException, InterruptedException {
    return new ProcessBuilder(command).inheritIO().start().waitFor();
  }

  private static boolean runsAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
