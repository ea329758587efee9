package dev.atrium.mail.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Subjects as threading compares them, and as replies and forwards prefix them. */
public final class Subjects {

  // English and Chinese clients' reply and forward prefixes, repeated ("Re: 回复: Fwd:")
  private static final Pattern PREFIXES = Pattern.compile(
      "^(\\s*(re|fw|fwd|aw|sv|回复|答复|转发)\\s*(\\[\\d+])?\\s*[:：])+\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Subjects() {}

  /** The subject without its prefixes, lower-cased: two mails with the same are one conversation. */
  public static String threadKey(String subject) {
    return PREFIXES.matcher(subject).replaceFirst("").strip().toLowerCase(Locale.ROOT);
  }

  /** Whether the subject says it answers or forwards another mail. */
  public static boolean isReply(String subject) {
    return PREFIXES.matcher(subject).lookingAt();
  }

  /** "Re: " before the subject, unless it has a reply prefix already. */
  public static String reply(String subject) {
    return isReply(subject) && subject.strip().toLowerCase(Locale.ROOT).startsWith("re")
        ? subject
        : "Re: " + subject;
  }

  public static String forward(String subject) {
    return "Fwd: " + subject;
  }
}
