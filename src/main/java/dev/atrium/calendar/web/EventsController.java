package dev.atrium.calendar.web;

import dev.atrium.access.Subject;
import dev.atrium.calendar.CalendarWindow;
import dev.atrium.calendar.Calendars;
import dev.atrium.calendar.EditScope;
import dev.atrium.calendar.EventDetail;
import dev.atrium.calendar.Events;
import dev.atrium.calendar.MoveEvent;
import dev.atrium.calendar.WriteEvent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Calendar", description = "Calendars, their grants and overlays, events and windows")
@RestController
class EventsController {

  private final Events events;

  EventsController(Events events) {
    this.events = events;
  }

  @GetMapping("/api/v1/calendar/window")
  @Operation(
      summary =
          "What these calendars (all I see when none is named) hold between from and to, and my due tasks")
  CalendarWindow window(
      @AuthenticationPrincipal Subject subject,
      @RequestParam(required = false) @Nullable List<UUID> calendars,
      @RequestParam Instant from,
      @RequestParam Instant to,
      @RequestParam(defaultValue = "UTC") String zone) {
    return events.window(
        subject, calendars == null ? List.of() : calendars, from, to, Calendars.zoneId(zone));
  }

  @PostMapping("/api/v1/calendars/{id}/events")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Creates an event on a calendar I may edit; invites its attendees, books its room")
  EventDetail create(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody WriteEvent command) {
    return events.create(subject, id, command);
  }

  @GetMapping("/api/v1/events/{id}")
  @Operation(summary = "An event (one occurrence of a recurring one) as I may see it")
  EventDetail get(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable Instant occurrence) {
    return events.get(subject, id, occurrence);
  }

  @PatchMapping("/api/v1/events/{id}")
  @Operation(
      summary =
          "Changes an event: this occurrence, this and the following ones, or all of a series")
  EventDetail update(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "ALL") EditScope scope,
      @RequestParam(required = false) @Nullable Instant occurrence,
      @Valid @RequestBody WriteEvent command) {
    return events.update(subject, id, scope, occurrence, command);
  }

  @PostMapping("/api/v1/events/{id}/move")
  @Operation(
      summary = "Moves an event (a series whole) to another calendar; I must be able to edit both")
  EventDetail move(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody MoveEvent command) {
    return events.move(subject, id, command.calendarId());
  }

  @DeleteMapping("/api/v1/events/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary =
          "Cancels an event: this occurrence, this and the following ones, or all of a series")
  void cancel(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "ALL") EditScope scope,
      @RequestParam(required = false) @Nullable Instant occurrence) {
    events.cancel(subject, id, scope, occurrence);
  }
}
