package dev.atrium.calendar;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.atrium.org.PersonRef;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An event, or one occurrence of a recurring one ({@code occurrence}: its original start), as the
 * reader may see it. When {@code busyOnly} the reader may know only that the time is taken (a private
 * event, or a calendar shared as free/busy): title, description, location, attendees, attachments
 * and the rest are empty. {@code roomName}/{@code roomBooking} tell the booked room and whether it
 * is confirmed or awaits approval. {@code proposals}: other times attendees proposed, all of them for
 * the organiser and the calendar's editors, their own for any other attendee.
 */
public record EventDetail(
    UUID id,
    UUID calendarId,
    String calendarName,
    @Nullable String title,

    @Schema(implementation = java.util.Map.class, description = "ProseMirror (TipTap) JSON")
    @Nullable
    JsonNode description,

    @Nullable String location,
    @Nullable UUID roomId,
    @Nullable String roomName,
    @Nullable String roomBooking,
    boolean allDay,
    Instant start,
    Instant end,
    String timeZone,
    @Nullable String recurrence,
    @JsonProperty("private") boolean isPrivate,
    boolean busyOnly,
    EventStatus status,
    PersonRef organizer,
    List<EventAttendee> attendees,
    List<Integer> reminders,
    @Nullable UUID docPageId,
    List<EventAttachment> attachments,
    @Nullable EventSource source,
    boolean recurring,
    @Nullable Instant occurrence,
    @Nullable EventResponse myResponse,
    EventCapabilities capabilities,
    int sequence,
    List<EventProposal> proposals) {}
