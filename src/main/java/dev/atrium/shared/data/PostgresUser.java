package dev.atrium.shared.data;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The account the embedded PostgreSQL runs as: Atrium's own, or {@code nobody} when Atrium runs
 * as root, since PostgreSQL refuses root (docs/adr/0002-embedded-postgres-launcher.md).
 */
final class PostgresUser {

  static final int NOBODY = 65534;

  /** What a command printed (standard output and error together) and how it ended. */
  record Outcome(int exit, String output) {
    boolean succeeded() {
      return exit == 0;
    }
  }

  private final boolean forRoot;
  private final long uid;
  private final String name;

  private PostgresUser(boolean forRoot, long uid, String name) {
    this.forRoot = forRoot;
    this.uid = uid;
    this.name = name;
  }

  static PostgresUser current() {
    UnixSystem self = new UnixSystem();
    return self.getUid() == 0
        ? new PostgresUser(true, NOBODY, "nobody")
        : new PostgresUser(false, self.getUid(), self.getUsername());
  }

  /** Whether Atrium runs as root and PostgreSQL therefore as nobody. */
  boolean forRoot() {
    return forRoot;
  }

  String name() {
    return name;
  }

  /** Runs a command as this account, in the C locale, without a PGDATA of the caller's. */
  Outcome run(List<String> command) throws IOException {
    List<String> full = new ArrayList<>();
    if (forRoot) {
      full.addAll(
          List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
    }
    full.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
    builder.environment().put("LC_ALL", "C");
    builder.environment().remove("PGDATA");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw StartupFailure.missingProgram(full.getFirst(), e);
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      return new Outcome(process.waitFor(), output.strip());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while running " + command.getFirst(), e);
    }
  }

  /** Whether this account can reach and enter the directory (every folder above it included). */
  boolean canEnter(Path directory) throws IOException {
    return forRoot
        ? run(List.of("test", "-x", directory.toString())).succeeded()
        : Files.isExecutable(directory);
  }

  boolean owns(Path path) throws IOException {
    return ((Number) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue()
        == uid;
  }

  /** Hands a file (created empty when missing) to this account; only root can, and only root needs to. */
  void own(Path path) throws IOException {
    if (!forRoot) {
      return;
    }
    if (!Files.exists(path)) {
      Files.createFile(path);
    }
    Files.setAttribute(path, "unix:uid", NOBODY, LinkOption.NOFOLLOW_LINKS);
    Files.setAttribute(path, "unix:gid", NOBODY, LinkOption.NOFOLLOW_LINKS);
  }

  void ownAll(Path tree) throws IOException {
    try (var walk = Files.walk(tree)) {
      for (Path path : walk.toList()) {
        own(path);
      }
    }
  }

  static String ownerOf(Path path) throws IOException {
    return Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).getName();
  }
}
