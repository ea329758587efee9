package dev.atrium.task;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A comment on a task, oldest first in a task's list. {@code body} is chat's Markdown with people
 * mentioned as {@code <@personId>} tokens; {@code mentions} names each of them (for the client to
 * render the tokens), {@code canSee} false for one who cannot see the task and so was not told.
 * {@code editedAt} is set once its author edited it; only the author edits or deletes it.
 */
public record TaskComment(
    UUID id,
    UUID taskId,
    TaskPerson author,
    String body,
    List<Mention> mentions,
    Instant createdAt,
    @Nullable Instant editedAt,
    Capabilities capabilities) {

  /** A person the body mentions, and whether they may see the task (and so were told). */
  public record Mention(UUID id, String name, String avatarColor, boolean canSee) {}

  /** What the caller may do with the comment: both only for its author. */
  public record Capabilities(boolean canEdit, boolean canDelete) {}
}
