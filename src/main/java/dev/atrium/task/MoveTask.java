package dev.atrium.task;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Moves a top-level task into {@code sectionId} (of {@code projectId} when it changes project),
 * between two cards of that section: just below {@code beforeId} and above {@code afterId}, either
 * or both left out at the section's ends (both out: last). Ids, not ranks: the server places it by
 * their current ranks under the project's lock, so concurrent moves end in one order for everyone.
 */
public record MoveTask(
    @Nullable UUID projectId,
    @NotNull UUID sectionId,
    @Nullable UUID beforeId,
    @Nullable UUID afterId) {}
