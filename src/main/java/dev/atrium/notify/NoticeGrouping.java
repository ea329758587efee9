package dev.atrium.notify;

/**
 * How a notice meets the rows it may already have made for a recipient. Events carry no id of
 * their own and the registry may deliver one twice (a crash between a listener's commit and the
 * publication's completion), so every notice has a key that makes a second delivery harmless.
 * Keys are the publishing module's, prefixed with its name ({@code doc.comment:<id>}).
 */
public sealed interface NoticeGrouping {

  String key();

  /** One fact (a comment): told once per recipient, whatever happens later, even after it was read. */
  record Once(String key) implements NoticeGrouping {}

  /**
   * A kind of fact about one subject (edits of a page, direct messages in one conversation): folds
   * into the recipient's unread row with this key, merging the actors and taking the newest
   * title, text and link; once read, the next one starts a new row.
   */
  record FoldWhileUnread(String key) implements NoticeGrouping {}
}
