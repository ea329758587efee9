package dev.atrium.shared;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin spellings of a name, so the directory finds 张三 by {@code zhangsan} or {@code zs}.
 *
 * <p>A polyphonic character (单: dan, shan, chan) keeps every reading: people type the reading they
 * know, and choosing one would hide the person from everyone who knows another. The spellings are
 * stored space-separated; a query never contains a space, so a substring match cannot straddle two
 * spellings. The first spelling is the likeliest and orders search results: the surname reading
 * goes first for the first character (曾 as zeng, not ceng). Readings multiply, so beyond
 * {@value #MAX_SPELLINGS} spellings a character contributes only its first reading.
 */
public final class Pinyin {

  static final int MAX_SPELLINGS = 16;

  /** Surnames read differently from the character's everyday first reading. */
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
    FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
  }

  /** The spellings of a name: full ({@code zhangsan}) and initials ({@code zs}), each space-separated. */
  public record Spellings(String full, String initials) {}

  private Pinyin() {}

  public static Spellings of(String name) {
    List<String> full = new ArrayList<>(List.of(""));
    List<String> initials = new ArrayList<>(List.of(""));
    boolean first = true;
    for (String token : tokens(name)) {
      List<String> readings = readings(token, first);
      first = false;
      if (full.size() * readings.size() > MAX_SPELLINGS) {
        readings = readings.subList(0, 1);
      }
      List<String> nextFull = new ArrayList<>();
      List<String> nextInitials = new ArrayList<>();
      for (int i = 0; i < full.size(); i++) {
        for (String reading : readings) {
          nextFull.add(full.get(i) + reading);
          nextInitials.add(initials.get(i) + reading.charAt(0));
        }
      }
      full = nextFull;
      initials = nextInitials;
    }
    return new Spellings(
        String.join(" ", new LinkedHashSet<>(full)).strip(),
        String.join(" ", new LinkedHashSet<>(initials)).strip());
  }

  /**
   * The likeliest spelling's tails: 诸葛明远 → mingyuan, yuan (after the full zhugemingyuan), so a
   * given name typed as a word of its own ({@code zhuge mingyuan}) still finds the person.
   */
  public static List<String> tails(String name) {
    List<String> syllables = syllables(name).stream().map(Syllable::text).toList();
    List<String> tails = new ArrayList<>();
    for (int i = 1; i < syllables.size(); i++) {
      tails.add(String.join("", syllables.subList(i, syllables.size())));
    }
    return tails;
  }

  /** A word of a name in its likeliest reading; {@code chinese} when it was a Chinese character. */
  public record Syllable(String text, boolean chinese) {}

  /**
   * A name word by word in its likeliest reading, the surname's reading first: 单伟 → shan, wei;
   * Alice Wang → alice, wang.
   */
  public static List<Syllable> syllables(String name) {
    List<Syllable> syllables = new ArrayList<>();
    boolean first = true;
    for (String token : tokens(name)) {
      boolean chinese = token.length() == 1
          && Character.UnicodeScript.of(token.charAt(0)) == Character.UnicodeScript.HAN;
      syllables.add(new Syllable(readings(token, first).getFirst(), chinese));
      first = false;
    }
    return syllables;
  }

  /** A query as the pinyin columns hold it: lower case, no spaces. */
  public static String normalise(String query) {
    return query.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
  }

  /** Chinese characters one by one; runs of Latin letters or digits as words ("Alice Wang" → alice, wang). */
  private static List<String> tokens(String name) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 0x2E80) {
        word.append(Character.toLowerCase(c));
        continue;
      }
      if (!word.isEmpty()) {
        tokens.add(word.toString());
        word.setLength(0);
      }
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        tokens.add(String.valueOf(c));
      }
    }
    if (!word.isEmpty()) {
      tokens.add(word.toString());
    }
    return tokens;
  }

  private static List<String> readings(String token, boolean surname) {
    if (token.length() != 1
        || Character.UnicodeScript.of(token.charAt(0)) != Character.UnicodeScript.HAN) {
      return List.of(token);
    }
    char c = token.charAt(0);
    Set<String> readings = new LinkedHashSet<>();
    if (surname && SURNAMES.containsKey(c)) {
      readings.add(SURNAMES.get(c));
    }
    try {
      String[] known = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
      if (known != null) {
        readings.addAll(List.of(known));
      }
    } catch (BadHanyuPinyinOutputFormatCombination impossible) {
      throw new IllegalStateException(impossible);
    }
    return readings.isEmpty() ? List.of(token) : List.copyOf(readings);
  }
}
