package dev.atrium.files.internal;

import org.jspecify.annotations.Nullable;

/** What reading a file's text came to: the text when {@code OK}, why not otherwise. */
public record Extraction(Status status, @Nullable String text) {

  public enum Status {
    /** Parsed; the text (whitespace-normalised, perhaps truncated) is kept. */
    OK,
    /** The parser could not read this kind of content: encrypted, or not what its type promised. */
    UNSUPPORTED,
    /** Larger than {@code atrium.files.extract.max-bytes}; never opened. */
    TOO_LARGE,
    /** The parser failed: a damaged or malformed file. */
    FAILED,
    /** The parse took longer than {@code atrium.files.extract.timeout}. */
    TIMEOUT
  }

  public static Extraction ok(String text) {
    return new Extraction(Status.OK, text);
  }

  public static Extraction not(Status status) {
    return new Extraction(status, null);
  }
}
