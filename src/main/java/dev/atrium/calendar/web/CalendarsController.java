package dev.atrium.calendar.web;

import dev.atrium.access.Subject;
import dev.atrium.calendar.CalendarGrant;
import dev.atrium.calendar.CalendarInfo;
import dev.atrium.calendar.CalendarList;
import dev.atrium.calendar.Calendars;
import dev.atrium.calendar.CreateCalendar;
import dev.atrium.calendar.ReplaceCalendarGrants;
import dev.atrium.calendar.SubscribeCalendar;
import dev.atrium.calendar.UpdateCalendar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Calendar", description = "Calendars, their grants and overlays, events and windows")
@RestController
class CalendarsController {

  private final Calendars calendars;

  CalendarsController(Calendars calendars) {
    this.calendars = calendars;
  }

  @GetMapping("/api/v1/calendars")
  @Operation(summary = "My calendars: my personal one first, then those I read or overlay")
  CalendarList mine(@AuthenticationPrincipal Subject subject) {
    return calendars.mine(subject);
  }

  @PostMapping("/api/v1/calendars")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Opens a team's or a department's calendar; its creator manages it")
  CalendarInfo create(
      @AuthenticationPrincipal Subject subject, @Valid @RequestBody CreateCalendar command) {
    return calendars.create(subject, command);
  }

  @GetMapping("/api/v1/calendars/{id}")
  @Operation(summary = "A calendar I may see at least the free/busy of, with my role on it")
  CalendarInfo get(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return calendars.get(subject, id);
  }

  @PatchMapping("/api/v1/calendars/{id}")
  @Operation(summary = "Changes a calendar's name, description, colour or time zone (its managers)")
  CalendarInfo update(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody UpdateCalendar command) {
    return calendars.update(subject, id, command);
  }

  @DeleteMapping("/api/v1/calendars/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Deletes a team's or department's calendar with its events (its managers)")
  void delete(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    calendars.delete(subject, id);
  }

  @GetMapping("/api/v1/calendars/{id}/grants")
  @Operation(summary = "Who may see, read, edit or manage the calendar (its managers)")
  List<CalendarGrant> grants(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return calendars.grants(subject, id);
  }

  @PutMapping("/api/v1/calendars/{id}/grants")
  @Operation(summary = "Replaces the calendar's grants (its managers)")
  List<CalendarGrant> replaceGrants(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody ReplaceCalendarGrants command) {
    return calendars.replaceGrants(subject, id, command);
  }

  @PutMapping("/api/v1/calendars/{id}/subscription")
  @Operation(summary = "Overlays the calendar on mine, or changes its colour or visibility")
  CalendarInfo subscribe(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody SubscribeCalendar command) {
    return calendars.subscribe(subject, id, command);
  }

  @DeleteMapping("/api/v1/calendars/{id}/subscription")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Stops overlaying the calendar")
  void unsubscribe(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    calendars.unsubscribe(subject, id);
  }

  @GetMapping("/api/v1/people/{personId}/calendar")
  @Operation(summary = "A person's personal calendar, as I may see it (its free/busy at least)")
  CalendarInfo ofPerson(@AuthenticationPrincipal Subject subject, @PathVariable UUID personId) {
    return calendars.ofPerson(subject, personId);
  }
}
