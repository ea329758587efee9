package dev.atrium.mail.internal.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Message-IDs as the store keeps them: without angle brackets, one per reference. */
final class MessageIds {

  private static final Pattern BRACKETED = Pattern.compile("<([^<>\\s]{1,900})>");

  private MessageIds() {}

  static String first(@Nullable String header) {
    List<String> ids = all(header);
    if (!ids.isEmpty()) {
      return ids.getFirst();
    }
    String bare = header == null ? "" : header.strip();
    return bare.matches("[^<>\\s]{1,900}") ? bare : "";
  }

  static List<String> all(@Nullable String header) {
    List<String> ids = new ArrayList<>();
    if (header != null) {
      Matcher m = BRACKETED.matcher(header);
      while (m.find()) {
        ids.add(m.group(1));
      }
    }
    return List.copyOf(ids);
  }
}
