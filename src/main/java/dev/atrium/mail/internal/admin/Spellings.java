package dev.atrium.mail.internal.admin;

import java.util.Locale;

/**
 * How a list's or a shared mailbox's name is typed in pinyin: 人事部 as {@code renshibu} or
 * {@code rsb}, so completion finds them the way the directory finds people (few enough to spell
 * on each query, unlike people, whose spellings org stores).
 */
final class Spellings {

  private Spellings() {}

  /** Whether the name, its full pinyin or its initials contain the query (lower case, no spaces). */
  static boolean matches(String name, String query) {
    String q = query.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    if (q.isEmpty()) {
      return false;
    }
    if (name.toLowerCase(Locale.ROOT).replaceAll("\\s+", "").contains(q)) {
      return true;
    }
    StringBuilder full = new StringBuilder();
    StringBuilder initials = new StringBuilder();
    boolean wordStart = true;
    for (char c : name.toCharArray()) {
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        String reading = LocalParts.fromName(String.valueOf(c));
        full.append(reading);
        initials.append(reading.charAt(0));
        wordStart = true;
      } else if (Character.isLetterOrDigit(c)) {
        char lower = Character.toLowerCase(c);
        full.append(lower);
        if (wordStart) {
          initials.append(lower);
        }
        wordStart = false;
      } else {
        wordStart = true;
      }
    }
    return full.toString().contains(q) || initials.toString().startsWith(q);
  }
}
