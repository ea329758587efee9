package dev.atrium.calendar.web;

import dev.atrium.access.Subject;
import dev.atrium.calendar.Availability;
import dev.atrium.calendar.FreeBusy;
import dev.atrium.calendar.TimeSuggestions;
import dev.atrium.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Calendar")
@RestController
class AvailabilityController {

  private final Availability availability;

  AvailabilityController(Availability availability) {
    this.availability = availability;
  }

  @GetMapping("/api/v1/calendar/free-busy")
  @Operation(
      summary = "Busy blocks of up to 50 people and rooms (comma-separated ids) over at most 31"
          + " days; never what the events are")
  FreeBusy freeBusy(
      @AuthenticationPrincipal Subject subject,
      @RequestParam(defaultValue = "") List<UUID> people,
      @RequestParam(defaultValue = "") List<UUID> rooms,
      @RequestParam Instant from,
      @RequestParam Instant to) {
    return availability.freeBusy(subject, people, rooms, from, to);
  }

  @GetMapping("/api/v1/calendar/find-time")
  @Operation(
      summary = "Up to 10 times when all the people and rooms are free, earliest first, on working"
          + " days between dayStart and dayEnd in the zone, starting every step (PT15M or PT30M)")
  TimeSuggestions findTime(
      @AuthenticationPrincipal Subject subject,
      @RequestParam(defaultValue = "") List<UUID> people,
      @RequestParam(defaultValue = "") List<UUID> rooms,
      @RequestParam(defaultValue = "PT30M") String duration,
      @RequestParam Instant from,
      @RequestParam Instant to,
      @RequestParam String zone,
      @RequestParam(defaultValue = "09:00") String dayStart,
      @RequestParam(defaultValue = "18:00") String dayEnd,
      @RequestParam(defaultValue = "PT30M") String step) {
    return availability.findTime(
        subject,
        people,
        rooms,
        duration(duration, "calendar.duration-invalid"),
        from,
        to,
        zone,
        time(dayStart),
        time(dayEnd),
        duration(step, "calendar.step-invalid"));
  }

  private static Duration duration(String value, String code) {
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw DomainException.badRequest(code, "Not an ISO 8601 duration such as PT30M.");
    }
  }

  private static LocalTime time(String value) {
    try {
      return LocalTime.parse(value);
    } catch (DateTimeException e) {
      throw DomainException.badRequest(
          "calendar.working-hours-invalid", "Working hours are times such as 09:00.");
    }
  }
}
