package dev.atrium.shared.data;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries in zonky's jar, with its data in a directory that
 * survives restarts. PostgreSQL refuses to run as root, so under root the server runs as
 * {@code nobody} (see docs/adr/0002-embedded-postgres-launcher.md). Whatever stops it from starting
 * ends as a {@link StartupFailure} that names the cause and the fix.
 */
public final class EmbeddedPostgres implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
  private static final int PORT_ATTEMPTS = 3;
  static final String SUPERUSER = "atrium";

  private final PostgresUser user;
  private final PostgresFolders folders;
  private final Path binaries;
  private int port;

  private EmbeddedPostgres(PostgresUser user, PostgresFolders folders, Path binaries) {
    this.user = user;
    this.folders = folders;
    this.binaries = binaries;
  }

  /** Starts the server on a free loopback port, creating the cluster on first use. */
  public static EmbeddedPostgres start(Path dataDir, String password) {
    return start(dataDir, password, EmbeddedPostgres::freePort);
  }

  static EmbeddedPostgres start(Path dataDir, String password, IntSupplier ports) {
    PostgresUser user = PostgresUser.current();
    PostgresFolders folders = null;
    try {
      folders = PostgresFolders.prepare(dataDir, user);
      if (!Files.exists(folders.cluster().resolve("PG_VERSION"))) {
        requireRoom(folders.home());
      }
      EmbeddedPostgres pg =
          new EmbeddedPostgres(user, folders, PostgresBinaries.unpack(folders.runtime()));
      pg.startServer(password, ports);
      return pg;
    } catch (IOException e) {
      throw recorded(
          StartupFailure.of(e, folders == null ? dataDir : folders.home()), folders, user);
    } catch (StartupFailure e) {
      throw recorded(e, folders, user);
    }
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  public int port() {
    return port;
  }

  private void startServer(String password, IntSupplier ports) throws IOException {
    Path cluster = folders.cluster();
    if (Files.exists(cluster.resolve("PG_VERSION"))) {
      requireOurMajorVersion();
      requireOwnership();
    } else {
      initCluster(password);
    }
    user.own(folders.log());
    if (pgCtl("status").succeeded()) {
      log.info("A PostgreSQL from an earlier run still holds {}; stopping it first", cluster);
      pgCtl("stop", "-m", "fast", "-w");
    }
    long started = System.nanoTime();
    for (int attempt = 1; attempt <= PORT_ATTEMPTS; attempt++) {
      port = ports.getAsInt();
      long logged = Files.size(folders.log());
      var outcome = pgCtl(
          "start",
          "-w",
          "-t",
          "60",
          "-l",
          folders.log().toString(),
          "-o",
          "-p " + port + " -h 127.0.0.1 -c unix_socket_directories= -c fsync=on");
      if (outcome.succeeded()) {
        log.info(
            "Embedded PostgreSQL on port {} ready in {} ms",
            port,
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return;
      }
      String said = outcome.output() + "\n" + logSince(logged);
      if (!said.contains("Address already in use")) {
        throw explain("pg_ctl start", said);
      }
      log.info("Port {} was taken before PostgreSQL could listen on it; trying another", port);
    }
    throw StartupFailure.portsTaken(PORT_ATTEMPTS);
  }

  private void requireOurMajorVersion() throws IOException {
    String found = Files.readString(folders.cluster().resolve("PG_VERSION"), StandardCharsets.UTF_8)
        .strip();
    int ours = PostgresBinaries.majorVersion(binaries, user);
    if (!found.equals(Integer.toString(ours))) {
      throw StartupFailure.otherMajorVersion(folders.cluster(), found, ours);
    }
  }

  /**
   * A cluster restored by root ({@code cp -r}) or made by another account is handed to the account
   * PostgreSQL runs as when Atrium may (under root), and refused in plain words otherwise.
   * PostgreSQL also refuses a cluster others may read, so the folder's mode is repaired too.
   */
  private void requireOwnership() throws IOException {
    Path cluster = folders.cluster();
    Path control = cluster.resolve("global/pg_control");
    for (Path path : List.of(cluster, control)) {
      if (Files.exists(path) && !user.owns(path)) {
        if (!user.forRoot()) {
          throw StartupFailure.ownedByAnother(cluster, PostgresUser.ownerOf(path), user.name());
        }
        log.info("Handing {} to nobody, as whom PostgreSQL runs under root", cluster);
        user.ownAll(cluster);
        break;
      }
    }
    Set<PosixFilePermission> mode = Files.getPosixFilePermissions(cluster);
    if (mode.contains(PosixFilePermission.GROUP_WRITE)
        || mode.stream().anyMatch(p -> p.name().startsWith("OTHERS"))) {
      Files.setPosixFilePermissions(cluster, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private void initCluster(String password) throws IOException {
    Path cluster = folders.cluster();
    Path pwFile = Files.createTempFile(folders.home(), "pw", ".tmp");
    try {
      Files.writeString(pwFile, password, StandardCharsets.UTF_8);
      user.own(pwFile);
      PostgresFolders.createDirectories(cluster, "rwx------");
      user.own(cluster);
      var outcome = user.run(List.of(
          binaries.resolve("bin/initdb").toString(),
          "-D",
          cluster.toString(),
          "-U",
          SUPERUSER,
          "--pwfile=" + pwFile,
          "-A",
          "scram-sha-256",
          "-E",
          "UTF8",
          "--locale=C",
          "--no-sync"));
      if (!outcome.succeeded()) {
        note("initdb failed (" + outcome.exit() + "):\n" + outcome.output());
        throw explain("initdb", outcome.output());
      }
    } finally {
      Files.deleteIfExists(pwFile);
    }
    Path settings = cluster.resolve("postgresql.auto.conf");
    Files.writeString(
        settings,
        String.join(
            "\n",
            "max_connections = 100",
            "shared_buffers = '128MB'",
            "listen_addresses = '127.0.0.1'",
            ""),
        StandardCharsets.UTF_8);
    user.own(settings);
  }

  private StartupFailure explain(String program, String said) {
    if (said.contains("No space left on device")) {
      return StartupFailure.diskFull(
          folders.home(), StartupFailure.usableSpace(folders.home()), null);
    }
    if (said.contains("error while loading shared libraries")) {
      return StartupFailure.cannotEnter(binaries, user.name());
    }
    return StartupFailure.failed(program, firstComplaint(said), null);
  }

  /** The first line that reports a problem: later ones are usually its consequences. */
  private static String firstComplaint(String said) {
    List<String> lines =
        said.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    return lines.stream()
        .filter(l -> l.contains("FATAL")
            || l.contains("PANIC")
            || l.toLowerCase(Locale.ROOT).contains("error"))
        .findFirst()
        .orElse(lines.isEmpty() ? "nothing" : lines.getLast());
  }

  private String logSince(long offset) throws IOException {
    byte[] all = Files.readAllBytes(folders.log());
    return new String(
        all,
        (int) Math.min(offset, all.length),
        (int) Math.max(0, all.length - offset),
        StandardCharsets.UTF_8);
  }

  private void note(String text) throws IOException {
    note(folders, user, text);
  }

  private static void note(PostgresFolders folders, PostgresUser user, String text)
      throws IOException {
    Files.writeString(
        folders.log(),
        Instant.now() + " " + text + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    user.own(folders.log());
  }

  /** Appends the failure with its trace to PostgreSQL's log, which the short report then names. */
  private static StartupFailure recorded(
      StartupFailure failure, @Nullable PostgresFolders folders, PostgresUser user) {
    if (folders == null || !Files.isDirectory(folders.home())) {
      return failure;
    }
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    try {
      note(folders, user, "Atrium could not start PostgreSQL: " + trace);
      return failure.withLog(folders.log());
    } catch (IOException e) {
      return failure;
    }
  }

  private static void requireRoom(Path home) {
    long free = StartupFailure.usableSpace(home);
    if (free < StartupFailure.SPACE_TO_START) {
      throw StartupFailure.diskFull(home, free, null);
    }
  }

  @Override
  public void close() {
    try {
      if (Files.exists(folders.cluster().resolve("postmaster.pid"))) {
        pgCtl("stop", "-m", "fast", "-w", "-t", "30");
      }
    } catch (IOException e) {
      log.warn("Could not stop the embedded PostgreSQL cleanly: {}", e.getMessage());
    }
  }

  private PostgresUser.Outcome pgCtl(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        binaries.resolve("bin/pg_ctl").toString(), "-D", folders.cluster().toString()));
    command.addAll(List.of(args));
    return user.run(command);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
