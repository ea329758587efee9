package dev.atrium.notify.internal;

import dev.atrium.notify.NotificationKind;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a module's listener hands to the {@link Inbox}: one fact, the people to tell and how to show
 * it. A new source (chat mentions, mail) joins with one listener that builds these; nothing else
 * changes. {@code actorIds} are latest first; {@code link} is the web client's path.
 */
public record Notice(NotificationKind kind, Set<UUID> recipients, List<UUID> actorIds, UUID subjectId,
                     @Nullable UUID contextId, String title, @Nullable String excerpt, @Nullable String quote,
                     String link, @Nullable String anchor, Key key) {

  /**
   * How a notice meets the rows it may already have made. Events carry no id of their own and the
   * registry may deliver one twice (a crash between the listener's commit and the publication's
   * completion), so every notice has a key that makes a second delivery harmless.
   */
  public sealed interface Key {
    String value();
  }

  /** The fact itself (a comment): told once per recipient, whatever happens later. */
  public record Once(String value) implements Key {}

  /**
   * A kind of fact about one subject (edits of a page): folds into the recipient's unread row with
   * this key, merging the actors and moving its time; once read, the next one starts a new row.
   */
  public record FoldWhileUnread(String value) implements Key {}
}
