package dev.atrium.chat;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A channel as one person sees it: {@code role} and {@code readSeq} are theirs (null and 0 when
 * they are not a member), {@code unread} counts others' messages after {@code readSeq} (a thread
 * reply only when also sent to the channel or mentioning them), {@code mentionCount} those of them
 * that mention them, {@code starred} whether they starred it (their sidebar's Starred section), and
 * {@code capabilities} say what they may do with it. A group conversation has no name (clients
 * show its members' names); a department channel names its {@code departmentId}.
 */
public record Channel(
    UUID id,
    ChannelKind kind,
    @Nullable String name,
    @Nullable String topic,
    @Nullable String purpose,
    boolean archived,
    PostingPolicy postingPolicy,
    MentionPolicy mentionPolicy,
    @Nullable UUID departmentId,
    Instant createdAt,
    long lastSeq,
    @Nullable ChannelRole role,
    long readSeq,
    long unread,
    long mentionCount,
    long memberCount,
    @Nullable UUID otherPersonId,
    ChannelCapabilities capabilities,
    boolean starred) {

  /** The same channel seen by someone who administers its department. */
  public Channel asOrgManager() {
    return new Channel(
        id,
        kind,
        name,
        topic,
        purpose,
        archived,
        postingPolicy,
        mentionPolicy,
        departmentId,
        createdAt,
        lastSeq,
        role,
        readSeq,
        unread,
        mentionCount,
        memberCount,
        otherPersonId,
        ChannelCapabilities.of(kind, role, archived, postingPolicy, mentionPolicy, true),
        starred);
  }

  public ChannelSettings settings() {
    return new ChannelSettings(name, topic, purpose, archived, postingPolicy, mentionPolicy);
  }
}
