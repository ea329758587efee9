package dev.atrium.task.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fractional ranks: strings of base-62 digits ({@code 0-9A-Za-z}, ascending in collation "C") read
 * as a fraction 0.d1d2d3…, never ending in {@code 0}, so between any two there is always another. A
 * move takes a key between its neighbours' and changes one row; keys grow by about one digit per six
 * moves into the same gap, and a section whose keys grew past {@link #MAX_LENGTH} is re-ranked.
 */
public final class Ranks {

  static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  /** Longer keys than this make the move re-rank the whole section. */
  public static final int MAX_LENGTH = 50;

  private Ranks() {}

  /**
   * A key strictly between {@code before} and {@code after}; null {@code before} is the start,
   * null {@code after} the end. Requires {@code before < after} when both are given.
   */
  public static String between(@Nullable String before, @Nullable String after) {
    String a = before == null ? "" : before;
    if (after != null && a.compareTo(after) >= 0) {
      throw new IllegalArgumentException(a + " is not before " + after);
    }
    return midpoint(a, after);
  }

  private static String midpoint(String a, @Nullable String b) {
    if (b != null) {
      // the common prefix (a padded with zeros) stays
      int n = 0;
      while (n < b.length() && (n < a.length() ? a.charAt(n) : '0') == b.charAt(n)) {
        n++;
      }
      if (n > 0) {
        return b.substring(0, n) + midpoint(a.length() > n ? a.substring(n) : "", b.substring(n));
      }
    }
    int digitA = a.isEmpty() ? 0 : DIGITS.indexOf(a.charAt(0));
    int digitB = b != null ? DIGITS.indexOf(b.charAt(0)) : DIGITS.length();
    if (digitB - digitA > 1) {
      return String.valueOf(DIGITS.charAt(Math.round(0.5f * (digitA + digitB))));
    }
    if (b != null && b.length() > 1) {
      return b.substring(0, 1);
    }
    return DIGITS.charAt(digitA) + midpoint(a.isEmpty() ? "" : a.substring(1), null);
  }

  /** {@code count} keys in ascending order, evenly spread and as short as the count allows. */
  public static List<String> spread(int count) {
    int width = 1;
    long space = DIGITS.length();
    while (space < 2L * (count + 1)) {
      width++;
      space *= DIGITS.length();
    }
    List<String> keys = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      long value = space * i / (count + 1);
      StringBuilder key = new StringBuilder();
      for (int d = 0; d < width; d++) {
        key.insert(0, DIGITS.charAt((int) (value % DIGITS.length())));
        value /= DIGITS.length();
      }
      int end = key.length();
      while (end > 1 && key.charAt(end - 1) == '0') {
        end--;
      }
      keys.add(key.substring(0, end));
    }
    return keys;
  }
}
