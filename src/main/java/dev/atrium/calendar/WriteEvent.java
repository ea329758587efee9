package dev.atrium.calendar;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.atrium.shared.Verbatim;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An event as its writer sends it, whole, to create or change one. {@code start} and {@code end} are
 * instants; an all-day event's are midnight, in {@code timeZone} (IANA), of its first day and of the
 * day after its last. {@code recurrence} is an RRULE value without "RRULE:"; {@code attendees} are
 * expanded to people (the organiser is always one); {@code reminders} are minutes before the start.
 * Lists left out are empty.
 */
public record WriteEvent(
    @NotNull @Size(max = 500) String title,

    @Schema(implementation = java.util.Map.class, description = "ProseMirror (TipTap) JSON")
    @Nullable
    JsonNode description,

    @Nullable @Size(max = 500) String location,
    @Nullable UUID roomId,
    boolean allDay,
    @NotNull Instant start,
    @NotNull Instant end,
    @NotNull @Size(max = 64) String timeZone,
    @Nullable @Size(max = 500) @Verbatim String recurrence,
    @JsonProperty("private") boolean isPrivate,
    @Nullable @Size(max = 200) List<@NotNull @Valid EventInvitee> attendees,
    @Nullable @Size(max = 10) List<@NotNull Integer> reminders,
    @Nullable UUID docPageId,
    @Nullable @Size(max = 50) List<@NotNull UUID> attachmentFileIds,
    @Nullable @Valid EventSource source) {}
