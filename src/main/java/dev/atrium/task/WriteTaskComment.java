package dev.atrium.task;

import dev.atrium.shared.Verbatim;
import jakarta.validation.constraints.NotNull;

/**
 * A comment to write or the new text of one: chat's Markdown, people mentioned as
 * {@code <@personId>}; 1 to 10,000 characters once trimmed ({@code task.comment-empty},
 * {@code task.comment-too-long}), at most 50 people mentioned ({@code task.too-many-mentions}), each
 * an existing person ({@code task.mention-unknown}).
 */
public record WriteTaskComment(@NotNull @Verbatim String body) {}
