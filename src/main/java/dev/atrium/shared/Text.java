package dev.atrium.shared;

import java.util.regex.Pattern;

/**
 * The one rule for text that comes from outside (JSON bodies, query strings, CSV cells, file
 * names). Refused everywhere: NUL and the other C0 and C1 control characters, and lone UTF-16
 * surrogates (PostgreSQL cannot store the first and would store the second as "?"). A single-line
 * name also refuses tab and line breaks and loses the bidi controls that reorder what a reader
 * sees ({@code "sec-\u202Etxt.exe"} shows as "sec-exe.txt"): the explicit embeddings, overrides and
 * isolates U+202A–U+202E and U+2066–U+2069, and the marks U+200E and U+200F. Multi-line
 * {@link Verbatim} text (a message, a comment) keeps tab, line breaks and bidi controls, which
 * right-to-left writing needs. docs/adr/0009-one-rule-for-text-input.md tells why.
 */
public final class Text {

  private static final Pattern BIDI_CONTROLS =
      Pattern.compile("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

  private Text() {}

  /** A text refused by the rule; {@link #getMessage()} says why, for the person who sent it. */
  public static final class Refused extends IllegalArgumentException {
    Refused(String reason) {
      super(reason);
    }
  }

  /** A single-line name as it will be stored: bidi controls dropped. */
  public static String name(String text) {
    check(text, false);
    return withoutBidiControls(text);
  }

  /** Multi-line text as it will be stored: unchanged once it passes the rule. */
  public static String verbatim(String text) {
    check(text, true);
    return text;
  }

  /** Drops the bidi controls only; for text that is cleaned of control characters its own way (file names). */
  public static String withoutBidiControls(String text) {
    return BIDI_CONTROLS.matcher(text).replaceAll("");
  }

  private static void check(String text, boolean multiLine) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new Refused("Contains half of a character (a lone UTF-16 surrogate).");
      } else if (Character.getType(c) == Character.CONTROL
          && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
        throw new Refused(String.format("Contains the control character U+%04X.", (int) c));
      }
    }
  }
}
