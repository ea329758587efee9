package dev.atrium.task;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One change of one field of a task: who, when, and the value before and after (JSON; null where
 * there was or is none). {@code field}: title, description, state, priority, start, due, allDay,
 * timeZone, tags, checklist, attachments, reminders, recurrence, assignees, followers, blockedBy,
 * section, project, created.
 */
public record TaskHistoryEntry(
    long id,
    TaskPerson actor,
    Instant at,
    String field,

    @Schema(description = "The value before: JSON") @Nullable
    JsonNode before,

    @Schema(description = "The value after: JSON") @Nullable JsonNode after) {}
