package dev.atrium.shared.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Why Atrium cannot start on its data directory or its embedded PostgreSQL, in the words an
 * operator acts on: what is wrong and what to do. {@link StartupFailureAnalyzer} prints these two
 * lines instead of a stack trace; PostgreSQL's own messages and the trace go to its log file.
 */
final class StartupFailure extends RuntimeException {

  /** Free space the first start needs: about 60 MB of PostgreSQL binaries and 40 MB of an empty cluster, twice over. */
  static final long SPACE_TO_START = 200L * 1024 * 1024;

  private final String problem;
  private final String fix;
  private final @Nullable Path log;

  private StartupFailure(
      String problem, String fix, @Nullable Path log, @Nullable Throwable cause) {
    super(problem + " " + fix, cause);
    this.problem = problem;
    this.fix = fix;
    this.log = log;
  }

  String problem() {
    return problem;
  }

  String fix() {
    return fix;
  }

  /** PostgreSQL's log, where its own messages and this failure's trace are, when there is one. */
  @Nullable
  Path log() {
    return log;
  }

  StartupFailure withLog(Path log) {
    StartupFailure logged = new StartupFailure(problem, fix, log, getCause());
    logged.setStackTrace(getStackTrace());
    return logged;
  }

  /** The failure behind an I/O error while Atrium prepares {@code where}. */
  static StartupFailure of(IOException error, Path where) {
    String message = String.valueOf(error.getMessage());
    if (message.contains("No space left on device")) {
      return diskFull(where, usableSpace(where), error);
    }
    if (error instanceof AccessDeniedException || message.contains("Read-only file system")) {
      Path folder = error instanceof FileSystemException f && f.getFile() != null
          ? Path.of(f.getFile())
          : where;
      return cannotWrite(folder, System.getProperty("user.name"), error);
    }
    return new StartupFailure(
        "Atrium cannot prepare " + where + ": " + error + ".",
        "Remove the cause and start Atrium again.",
        null,
        error);
  }

  /** Free bytes on the disk of the folder, or of its nearest existing parent. */
  static long usableSpace(Path folder) {
    Path existing = folder.toAbsolutePath();
    while (existing.getParent() != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    try {
      return Files.getFileStore(existing).getUsableSpace();
    } catch (IOException e) {
      return 0;
    }
  }

  static StartupFailure diskFull(Path folder, long freeBytes, @Nullable Throwable cause) {
    return new StartupFailure(
        "The disk holding " + folder + " is full (" + freeBytes / (1024 * 1024)
            + " MB free; the embedded PostgreSQL needs about " + SPACE_TO_START / (1024 * 1024)
            + " MB to start).",
        "Free some space on it, or point ATRIUM_DATA_DIR at a disk with room, and start Atrium again.",
        null,
        cause);
  }

  static StartupFailure cannotWrite(Path folder, String user, @Nullable Throwable cause) {
    return new StartupFailure(
        "Atrium, running as " + user + ", cannot write to " + folder + ".",
        "Point ATRIUM_DATA_DIR at a folder " + user + " owns, or run Atrium as the folder's owner.",
        null,
        cause);
  }

  static StartupFailure cannotEnter(Path folder, String user) {
    return new StartupFailure(
        "PostgreSQL runs as " + user + " and cannot enter " + folder + ".",
        "Let " + user
            + " enter every folder above it (chmod o+x), or point ATRIUM_DATA_DIR at a folder it can enter,"
            + " such as /srv/atrium.",
        null,
        null);
  }

  static StartupFailure cannotRelocate(Path dataDir, Path relocated, IOException cause) {
    return new StartupFailure(
        "PostgreSQL runs as nobody under root and cannot enter " + dataDir
            + "; Atrium could not make it a folder in " + relocated + " instead (" + cause + ").",
        "Point ATRIUM_DATA_DIR at a folder every user can enter, such as /srv/atrium, or run Atrium as an ordinary user.",
        null,
        cause);
  }

  static StartupFailure ownedByAnother(Path cluster, String owner, String user) {
    String fix = "nobody".equals(owner)
        ? "Atrium made it while running as root: run Atrium as root again, or take the folder over with: sudo chown -R "
            + user + " '" + cluster + "'"
        : "Run Atrium as " + owner + ", or take the folder over with: sudo chown -R " + user + " '"
            + cluster + "'";
    return new StartupFailure(
        "The database folder " + cluster + " belongs to " + owner + ", but PostgreSQL runs as "
            + user + ".",
        fix,
        null,
        null);
  }

  static StartupFailure otherMajorVersion(Path cluster, String found, int ours) {
    return new StartupFailure(
        "The database folder " + cluster + " holds a PostgreSQL " + found
            + " database; this Atrium runs PostgreSQL " + ours + ".",
        "Start the Atrium version that made it, or upgrade the folder with PostgreSQL " + ours
            + "'s pg_upgrade" + " (or pg_dump it and restore into a new data directory).",
        null,
        null);
  }

  static StartupFailure portsTaken(int attempts) {
    return new StartupFailure(
        "PostgreSQL could not listen on 127.0.0.1: the " + attempts
            + " free ports Atrium picked were taken before it could use them.",
        "Start Atrium again; if it keeps happening, look for a program holding loopback ports (ss -ltnp).",
        null,
        null);
  }

  static StartupFailure anotherAtrium(Path dataDir) {
    return new StartupFailure(
        "Another Atrium is running with the data directory " + dataDir + ".",
        "Stop it first, or give this one another directory (ATRIUM_DATA_DIR).",
        null,
        null);
  }

  static StartupFailure passwordRejected(Path dataDir, Throwable cause) {
    return new StartupFailure(
        "The embedded database does not accept the password in " + dataDir.resolve("atrium.yml")
            + ", which was probably replaced.",
        "Put back the atrium.yml that came with the database, or move " + dataDir.resolve("pg")
            + " aside to start with an empty one.",
        null,
        cause);
  }

  static StartupFailure missingProgram(String program, IOException cause) {
    return new StartupFailure(
        "Atrium cannot run " + program + ": " + cause.getMessage() + ".",
        "setpriv".equals(program)
            ? "Install util-linux (it has setpriv, which starts PostgreSQL as nobody when Atrium runs as root), or run"
                + " Atrium as an ordinary user."
            : "The unpacked PostgreSQL is damaged: delete the pg-runtime folder next to the database and start again.",
        null,
        cause);
  }

  static StartupFailure failed(String what, String line, @Nullable Throwable cause) {
    return new StartupFailure(
        "The embedded PostgreSQL did not start: " + what + " said \"" + line + "\".",
        "Remove that cause and start Atrium again.",
        null,
        cause);
  }
}
