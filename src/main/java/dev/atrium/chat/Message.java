package dev.atrium.chat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message as stored; also the payload of the {@code message.*} stream entries, so a client
 * applies an entry by replacing the message with this id. A deleted message keeps its place with
 * an empty body and {@code deletedAt}. {@code attachments} lists the files posted with it (none
 * once deleted). The same for every reader: what the caller may do with it
 * follows from {@code authorId} (only the author edits or deletes).
 *
 * <p>Threads: a reply has {@code threadRootId}; it is in the channel's main history only when
 * {@code alsoInChannel}. A root carries its {@code thread} summary once it has replies.
 */
public record Message(
    UUID id,
    UUID channelId,
    long seq,
    UUID authorId,
    UUID clientMessageId,
    String body,
    Instant createdAt,
    @Nullable Instant editedAt,
    @Nullable Instant deletedAt,
    List<Attachment> attachments,
    @Nullable UUID threadRootId,
    boolean alsoInChannel,
    @Nullable ThreadSummary thread,
    Mentions mentions,
    List<Reaction> reactions,
    @Nullable Pin pin,
    @Nullable Quote quote,
    @Nullable Forwarded forwardedFrom) {

  /** A mention as a body stores it: {@code <@all>}, {@code <@channel>}, {@code <@&department>} or {@code <@person>}. */
  public static final java.util.regex.Pattern MENTION =
      java.util.regex.Pattern.compile("<@(all|channel|&[0-9a-fA-F-]{36}|[0-9a-fA-F-]{36})>");

  /** A root's replies: how many (deleted ones included, they stay in the thread as tombstones), the latest, who replied (in order of first reply). */
  public record ThreadSummary(int replyCount, Instant lastReplyAt, List<UUID> participants) {}

  /** Whom the message notified when it was posted: named people and department members in the channel, or everyone ({@code all}). */
  public record Mentions(List<UUID> people, boolean all) {
    public static final Mentions NONE = new Mentions(List.of(), false);
  }

  /** One emoji and who reacted with it, earliest first. */
  public record Reaction(String emoji, List<UUID> personIds) {}

  /** Pinned to its channel, when and by whom. */
  public record Pin(Instant at, UUID by) {}

  /** The message this one quotes (same channel): its author and an excerpt taken when quoting; empty once it is deleted. */
  public record Quote(UUID messageId, UUID authorId, String excerpt, boolean deleted) {}

  /** Where a forwarded message came from; {@code channelName} is null for a direct conversation. */
  public record Forwarded(
      UUID messageId, UUID channelId, @Nullable String channelName, UUID authorId) {}
}
