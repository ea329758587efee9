package dev.atrium.org.internal;

/** The LIKE patterns the org tables use. */
final class Sql {

  private Sql() {}

  /** Escapes LIKE's wildcards so a user's {@code %} or {@code _} is matched literally. */
  static String likeLiteral(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
