package dev.atrium.mail.internal.admin;

import dev.atrium.shared.DomainException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

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

  /**
   * Surnames read differently from the character's first reading in pinyin4j (单 is Shan as a
   * surname, not dan). The directory's search keeps its own table inside org, which mail may not read.
   */
  private static final Map<Character, String> SURNAMES = Map.ofEntries(
      Map.entry('单', "shan"),
      Map.entry('曾', "zeng"),
      Map.entry('解', "xie"),
      Map.entry('仇', "qiu"),
      Map.entry('朴', "piao"),
      Map.entry('区', "ou"),
      Map.entry('查', "zha"),
      Map.entry('乐', "yue"),
      Map.entry('盖', "ge"),
      Map.entry('长', "chang"),
      Map.entry('重', "chong"),
      Map.entry('缪', "miao"),
      Map.entry('翟', "zhai"),
      Map.entry('尉', "yu"),
      Map.entry('覃', "qin"),
      Map.entry('种', "chong"));

  private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

  static {
    FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    // ü as v, as Chinese keyboards and addresses write it: 吕 → lv
    FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
  }

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
    List<String> words = new ArrayList<>();
    StringBuilder han = new StringBuilder();
    StringBuilder latin = new StringBuilder();
    boolean first = true;
    for (char c : Normalizer.normalize(name, Normalizer.Form.NFKD).toCharArray()) {
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        flush(latin, words);
        han.append(reading(c, first && han.isEmpty() && words.isEmpty()));
        first = false;
      } else if (c < 0x80 && Character.isLetterOrDigit(c)) {
        flush(han, words);
        latin.append(Character.toLowerCase(c));
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        flush(han, words);
        flush(latin, words);
      }
    }
    flush(han, words);
    flush(latin, words);
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

  private static String reading(char c, boolean surname) {
    String surnameReading = surname ? SURNAMES.get(c) : null;
    if (surnameReading != null) {
      return surnameReading;
    }
    try {
      String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
      return readings == null || readings.length == 0 ? "" : readings[0];
    } catch (BadHanyuPinyinOutputFormatCombination impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
