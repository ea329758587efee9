package dev.atrium.mail.internal.admin;

import dev.atrium.shared.DomainException;
import dev.atrium.shared.Pinyin;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The part of an address before the {@code @}: which ones are valid (RFC 5321's dot-string, lower
 * case, at most 64 characters), which are kept for the mail system's own use (RFC 2142's
 * postmaster, abuse …), and the one a name suggests: 张伟 → {@code zhangwei}, Alice Wang →
 * {@code alice.wang}.
 */
public final class LocalParts {

  static final int MAX_LENGTH = 64;

  /** RFC 5321 Dot-string of atext, lower case (addresses are stored lower-cased). */
  private static final Pattern DOT_STRING =
      Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

  /**
   * Names mail software and RFC 2142 expect to reach whoever runs the mail system, never a person
   * who happens to be called so: an administrator may give them to a shared mailbox or a list.
   */
  static final Set<String> RESERVED = Set.of(
      "postmaster",
      "abuse",
      "hostmaster",
      "webmaster",
      "mailer-daemon",
      "noc",
      "security",
      "root",
      "noreply",
      "no-reply");

  private LocalParts() {}

  public static boolean valid(String localPart) {
    return localPart.length() <= MAX_LENGTH && DOT_STRING.matcher(localPart).matches();
  }

  public static boolean reserved(String localPart) {
    return RESERVED.contains(localPart);
  }

  /**
   * The local part as stored, lower-cased and stripped; refused with 400
   * {@code mail.local-part-invalid} unless it is a dot-string of at most 64 characters.
   */
  static String checked(String localPart) {
    String lower = localPart.strip().toLowerCase(Locale.ROOT);
    if (!valid(lower)) {
      throw DomainException.badRequest(
          "mail.local-part-invalid",
          "An address starts with letters, digits or . _ - + (no dot first, last or twice), at"
              + " most 64.");
    }
    return lower;
  }

  /**
   * The local part a person's name suggests: Chinese characters in pinyin run together (张伟 →
   * zhangwei; 诸葛明远 → zhugemingyuan), words in Latin letters as first.last with accents dropped
   * (José María García → jose.garcia), {@code user} when nothing usable remains.
   */
  public static String fromName(String name) {
    String unaccented = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    List<String> words = new ArrayList<>();
    StringBuilder han = new StringBuilder();
    for (Pinyin.Syllable syllable : Pinyin.syllables(unaccented)) {
      if (syllable.chinese()) {
        han.append(syllable.text());
        continue;
      }
      flush(han, words);
      String ascii = syllable.text().replaceAll("[^a-z0-9]", "");
      if (!ascii.isEmpty()) {
        words.add(ascii);
      }
    }
    flush(han, words);
    if (words.size() > 2) {
      words = List.of(words.getFirst(), words.getLast());
    }
    String joined = String.join(".", words);
    if (joined.length() > MAX_LENGTH - 4) {
      joined = joined.substring(0, MAX_LENGTH - 4).replaceAll("\\.+$", "");
    }
    return joined.isEmpty() ? "user" : joined;
  }

  /** The n-th choice for a name's local part: zhangwei, then zhangwei2, zhangwei3 … */
  static String candidate(String base, int n) {
    return n <= 1 ? base : base + n;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (!word.isEmpty()) {
      words.add(word.toString());
      word.setLength(0);
    }
  }
}
