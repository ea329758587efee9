package dev.atrium.mail.internal.mime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Charsets as Chinese mail uses them. Mailers label GBK text "gb2312" (GBK's extra characters, such
 * as many names, are then garbled by a strict GB2312 decoder), so every GB label is read as
 * GB18030, which contains both. Headers sent as raw 8-bit bytes without RFC 2047 encoding are read
 * as UTF-8 when they are valid UTF-8, otherwise as the body's charset, otherwise as GB18030.
 */
final class MailCharsets {

  private static final Pattern ENCODED_WORD_GB = Pattern.compile(
      "=\\?(gb2312|gbk|x-gbk|euc-cn|cp936)(\\*[^?]*)?\\?", Pattern.CASE_INSENSITIVE);

  private MailCharsets() {}

  /** The Java charset to decode text labelled {@code label} with; UTF-8 when unknown. */
  static Charset forLabel(@Nullable String label) {
    if (label == null || label.isBlank()) {
      return StandardCharsets.US_ASCII;
    }
    String name = label.trim().replace("\"", "").toLowerCase(Locale.ROOT);
    if (name.equals("gb2312")
        || name.equals("gbk")
        || name.equals("x-gbk")
        || name.equals("euc-cn")
        || name.equals("cp936")
        || name.equals("gb18030")) {
      return Charset.forName("GB18030");
    }
    if (name.equals("big5") || name.equals("x-big5") || name.equals("cp950")) {
      // Windows' Big5 (code page 950): what Taiwanese mailers write under the "big5" label
      return Charset.forName("x-windows-950");
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException unknown) {
      return StandardCharsets.UTF_8;
    }
  }

  /** The same header text with GB encoded-word labels read as GB18030 (see the class comment). */
  static String widenEncodedWords(String header) {
    Matcher m = ENCODED_WORD_GB.matcher(header);
    return m.replaceAll(
        r -> "=?gb18030" + Matcher.quoteReplacement(r.group(2) == null ? "" : r.group(2)) + "?");
  }

  /**
   * A header value as Angus read it (one char per byte when the mailer sent raw 8-bit bytes),
   * decoded as UTF-8 if valid, else as {@code fallback}.
   */
  static String rawHeader(String value, Charset fallback) {
    if (value.chars().allMatch(c -> c < 0x80) || value.chars().anyMatch(c -> c > 0xff)) {
      return value;
    }
    byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      Charset charset =
          fallback.equals(StandardCharsets.US_ASCII) || fallback.equals(StandardCharsets.UTF_8)
              ? Charset.forName("GB18030")
              : fallback;
      return new String(bytes, charset);
    }
  }
}
