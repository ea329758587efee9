package dev.atrium.files.internal;

import dev.atrium.shared.data.DataDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The bytes of uploads on the local disk, under {@code <data>/files}: {@code incoming/} while an
 * upload streams in, then {@code blobs/ab/<sha256>} (content-addressed, so the same bytes are
 * stored once) and {@code thumbs/ab/<sha256>}.
 */
@Component
public class BlobStore {

  /** How many leading bytes are kept for sniffing the type. */
  static final int HEAD = 64;

  /** An upload that arrived completely in {@code incoming/}. */
  public record Received(Path path, long size, String sha256, byte[] head) {}

  /** The upload grew past the limit; what arrived is already deleted. */
  public static final class TooLarge extends RuntimeException {
    TooLarge() {
      super(null, null, false, false);
    }
  }

  private final Path root;

  BlobStore(DataDirectory data) {
    this.root = data.resolve("files");
    try {
      Files.createDirectories(root.resolve("incoming"));
      Files.createDirectories(root.resolve("blobs"));
      Files.createDirectories(root.resolve("thumbs"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the file store " + root, e);
    }
  }

  /**
   * Copies the stream to a fresh file in {@code incoming/} in small buffers (never the whole upload
   * in memory), hashing as it goes; stops and deletes it once more than {@code maxBytes} arrived.
   */
  public Received receive(InputStream in, long maxBytes) throws IOException {
    Path target = incoming();
    MessageDigest sha = sha256();
    byte[] head = new byte[HEAD];
    int headLength = 0;
    long size = 0;
    boolean done = false;
    try (OutputStream out = Files.newOutputStream(target)) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = in.read(buffer)) != -1) {
        size += n;
        if (size > maxBytes) {
          throw new TooLarge();
        }
        if (headLength < HEAD) {
          int take = Math.min(n, HEAD - headLength);
          System.arraycopy(buffer, 0, head, headLength, take);
          headLength += take;
        }
        sha.update(buffer, 0, n);
        out.write(buffer, 0, n);
      }
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(target);
      }
    }
    return new Received(
        target, size, HexFormat.of().formatHex(sha.digest()), Arrays.copyOf(head, headLength));
  }

  /** A fresh path in {@code incoming/} (for a thumbnail being made). */
  public Path incoming() {
    return root.resolve("incoming").resolve(UUID.randomUUID().toString());
  }

  public Path blob(String sha256) {
    return root.resolve("blobs").resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  public Path thumbnail(String sha256) {
    return root.resolve("thumbs").resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  /** Moves an incoming file to its final place, or drops it when the same bytes are already there. */
  public void place(Path incoming, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    if (Files.exists(target)) {
      Files.delete(incoming);
      return;
    }
    try {
      Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      Files.deleteIfExists(incoming);
    }
  }

  public void discard(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
