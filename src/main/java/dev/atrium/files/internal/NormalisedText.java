package dev.atrium.files.internal;

import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects a parser's text as it streams out: every run of whitespace (tabs, line breaks, the
 * ideographic space) becomes one space, control characters (and Tika's stand-in for them) are
 * dropped, and the parse is stopped once {@code maxChars} are collected or the parsing thread is
 * interrupted.
 */
final class NormalisedText extends DefaultHandler {

  /** Thrown to stop a parse early; the parsers pass a SAXException through or wrap it. */
  static final class Stop extends SAXException {
    final boolean full;

    Stop(boolean full) {
      super(full ? "text limit reached" : "interrupted");
      this.full = full;
    }
  }

  /** What Tika puts in place of characters XML cannot carry (control characters): no text. */
  private static final char REPLACEMENT = '\uFFFD';

  private final int maxChars;
  private final StringBuilder text = new StringBuilder();
  private boolean pendingSpace;

  NormalisedText(int maxChars) {
    this.maxChars = maxChars;
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    // an abandoned parse (timed out) is interrupted; parsers do not look, so stop it here
    if (Thread.currentThread().isInterrupted()) {
      throw new Stop(false);
    }
    for (int i = start; i < start + length; i++) {
      char c = ch[i];
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = !text.isEmpty();
      } else if (!Character.isISOControl(c) && c != REPLACEMENT) {
        if (pendingSpace) {
          append(' ');
          pendingSpace = false;
        }
        append(c);
      }
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    characters(ch, start, length);
  }

  private void append(char c) throws Stop {
    if (text.length() >= maxChars) {
      throw new Stop(true);
    }
    text.append(c);
  }

  /** The text so far, never ending in half of a surrogate pair or a space. */
  String text() {
    int end = text.length();
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end).strip();
  }

  /** Whether {@code e}, or what it wraps, is this handler stopping a parse because it is full. */
  static boolean full(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Stop stop) {
        return stop.full;
      }
    }
    return false;
  }
}
