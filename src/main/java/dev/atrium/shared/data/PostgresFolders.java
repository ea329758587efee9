package dev.atrium.shared.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the embedded PostgreSQL keeps its programs ({@code pg-runtime/}), its cluster ({@code pg/})
 * and its log ({@code pg.log}): the data directory itself, unless Atrium runs as root and
 * {@code nobody} cannot enter the data directory (a home folder, a {@code mktemp -d} folder). Then
 * they live in a folder of their own under {@link #RELOCATED}, and {@code data/pg} is a link to the
 * cluster, so the data directory still names its database and tools that read
 * {@code data/pg/postmaster.pid} keep working.
 */
record PostgresFolders(Path home, Path cluster) {

  static final Path RELOCATED = Path.of("/var/lib/atrium");
  private static final Logger log = LoggerFactory.getLogger(PostgresFolders.class);

  Path runtime() {
    return home.resolve("pg-runtime");
  }

  Path log() {
    return home.resolve("pg.log");
  }

  static PostgresFolders prepare(Path dataDir, PostgresUser user) throws IOException {
    Path link = dataDir.resolve("pg");
    boolean enterable = !user.forRoot() || user.canEnter(dataDir);
    if (Files.isSymbolicLink(link)) {
      Path target = dataDir.resolve(Files.readSymbolicLink(link)).normalize();
      if (target.startsWith(RELOCATED)) {
        return settle(dataDir, Objects.requireNonNull(target.getParent()), user);
      }
      // the operator's own link, to a cluster on another disk: followed as before
      if (!enterable) {
        throw StartupFailure.cannotEnter(dataDir, user.name());
      }
      return new PostgresFolders(dataDir, target);
    }
    if (enterable) {
      return new PostgresFolders(dataDir, link);
    }
    Path home = RELOCATED.resolve(UUID.randomUUID().toString().substring(0, 8));
    try {
      createDirectories(home, "rwxr-xr-x");
      Files.writeString(home.resolve("data-directory"), dataDir + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw StartupFailure.cannotRelocate(dataDir, RELOCATED, e);
    }
    if (Files.exists(link.resolve("PG_VERSION"))) {
      log.info("Moving the PostgreSQL cluster of {} to {}", dataDir, home);
      Files.move(link, moving(dataDir));
    } else if (Files.isDirectory(link)) {
      // the empty folder an earlier version left when nobody could not enter it
      Files.delete(link);
    }
    deleteRecursively(dataDir.resolve("pg-runtime"));
    Files.createSymbolicLink(link, home.resolve("pg"));
    log.info(
        "nobody cannot enter {}, so PostgreSQL, which runs as nobody under root, lives in {} ({} links to it)",
        dataDir,
        home,
        link);
    return settle(dataDir, home, user);
  }

  /** Prepares a relocated home and finishes moving a cluster into it, where a crash left that undone. */
  private static PostgresFolders settle(Path dataDir, Path home, PostgresUser user)
      throws IOException {
    createDirectories(home, "rwxr-xr-x");
    if (!user.canEnter(home)) {
      throw StartupFailure.cannotEnter(home, user.name());
    }
    PostgresFolders folders = new PostgresFolders(home, home.resolve("pg"));
    Path moving = moving(dataDir);
    if (Files.exists(moving)) {
      moveTree(moving, folders.cluster());
    }
    return folders;
  }

  private static Path moving(Path dataDir) {
    return dataDir.resolve("pg-moving");
  }

  /** Renames when it can; across disks, copies and then deletes the source, so a crash loses nothing. */
  private static void moveTree(Path from, Path to) throws IOException {
    deleteRecursively(to);
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      return;
    } catch (AtomicMoveNotSupportedException e) {
      log.info("Copying {} to {} (another disk)", from, to);
    }
    try (var walk = Files.walk(from)) {
      for (Path path : walk.toList()) {
        Files.copy(
            path,
            to.resolve(from.relativize(path).toString()),
            StandardCopyOption.COPY_ATTRIBUTES,
            LinkOption.NOFOLLOW_LINKS);
      }
    }
    deleteRecursively(from);
  }

  /** Creates missing folders with the given mode, whatever the process's umask. */
  static void createDirectories(Path directory, String mode) throws IOException {
    Path missing = directory.toAbsolutePath();
    Deque<Path> toCreate = new ArrayDeque<>();
    while (missing != null && !Files.exists(missing)) {
      toCreate.push(missing);
      missing = missing.getParent();
    }
    for (Path folder : toCreate) {
      Files.createDirectory(folder);
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(mode));
    }
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (var walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
