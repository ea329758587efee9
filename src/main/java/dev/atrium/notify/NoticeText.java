package dev.atrium.notify;

import java.util.Map;

/**
 * A line of a notification as a message key of the web client's catalogues (zh-CN and English) and
 * its values, e.g. {@code chat.notices.mentioned} with {@code {channel: "产品"}}; the client adds
 * {@code actors} (who did it, named in the reader's language). Keys belong to the feature that
 * publishes the notice; {@link #verbatim} is notify's own, for text people wrote.
 */
public record NoticeText(String key, Map<String, String> params) {

  /** Shows {@code text} as it is, in every language: a comment, a message. */
  public static final String VERBATIM = "notify.verbatim";

  public NoticeText {
    params = Map.copyOf(params);
  }

  public static NoticeText of(String key, Map<String, String> params) {
    return new NoticeText(key, params);
  }

  public static NoticeText verbatim(String text) {
    return new NoticeText(VERBATIM, Map.of("text", text));
  }
}
