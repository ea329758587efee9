package dev.atrium.task;

import java.util.Set;
import java.util.UUID;

/**
 * A comment was written on a task ({@code edit} false), or an edit of one mentioned people it did
 * not mention before ({@code edit} true, {@code mentioned} only those). Its notices go out after
 * the commit: a new comment to the task's people and the mentioned, an edit to the newly
 * mentioned; never to the author.
 */
public record TaskCommented(
    UUID taskId, UUID commentId, UUID authorId, Set<UUID> mentioned, boolean edit) {

  public TaskCommented {
    mentioned = Set.copyOf(mentioned);
  }
}
