package dev.atrium.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.calendar.CalendarImportError;
import dev.atrium.calendar.EventResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.Recur;
import org.junit.jupiter.api.Test;

/**
 * What ical4j reads and what we write agree, and a refused file names the line a person would fix:
 * folded lines counted as the file has them, the property at fault rather than a later one.
 */
class IcsReaderTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void whatIsWrittenIsReadBack() {
    Instant start = Instant.parse("2027-03-01T14:00:00Z");
    IcsEvent series = new IcsEvent(
        "series@atrium",
        2,
        start,
        "Sync, weekly; really",
        "Line one\nline two",
        "Room 1",
        false,
        start,
        start.plusSeconds(3600),
        NEW_YORK,
        "FREQ=WEEKLY;BYDAY=MO;COUNT=5",
        List.of(Instant.parse("2027-03-08T14:00:00Z")),
        null,
        false,
        false,
        false,
        new IcsEvent.Person("ann@example.com", "Ann", EventResponse.ACCEPTED),
        List.of(new IcsEvent.Person("bo@example.com", "Bo", EventResponse.TENTATIVE)));
    IcsEvent moved = new IcsEvent(
        "series@atrium",
        2,
        start,
        "Moved",
        "",
        "",
        false,
        Instant.parse("2027-03-15T15:00:00Z"),
        Instant.parse("2027-03-15T16:00:00Z"),
        NEW_YORK,
        null,
        List.of(),
        Instant.parse("2027-03-15T13:00:00Z"),
        false,
        false,
        false,
        null,
        List.of());
    Instant day = Instant.parse("2027-04-05T00:00:00Z");
    IcsEvent hidden = new IcsEvent(
        "hidden@atrium",
        0,
        start,
        "Doctor",
        "teeth",
        "Clinic",
        true,
        day,
        day.plusSeconds(2 * 86400),
        ZoneId.of("UTC"),
        null,
        List.of(),
        null,
        false,
        true,
        true,
        null,
        List.of());

    byte[] file = IcsWriter.write("Ann", List.of(series, moved, hidden));
    IcsReader.Read read = IcsReader.read(file, ZoneId.of("UTC"));

    assertThat(read.problems()).isEmpty();
    assertThat(read.drafts()).hasSize(3);
    IcsEvent back = read.drafts().get(0).event();
    assertThat(back.title()).isEqualTo(series.title());
    assertThat(back.description()).isEqualTo(series.description());
    assertThat(back.start()).isEqualTo(series.start());
    assertThat(back.end()).isEqualTo(series.end());
    assertThat(back.zone()).isEqualTo(NEW_YORK);
    // ical4j writes a rule's parts in its own order: the same rule
    assertThat(new Recur<>(back.rrule())).isEqualTo(new Recur<>(series.rrule()));
    assertThat(back.exdates()).isEqualTo(series.exdates());
    IcsEvent backMoved = read.drafts().get(1).event();
    assertThat(backMoved.recurrenceId()).isEqualTo(moved.recurrenceId());
    assertThat(backMoved.start()).isEqualTo(moved.start());
    IcsEvent busy = read.drafts().get(2).event();
    assertThat(busy.title()).isEqualTo("Busy");
    assertThat(busy.location()).isEmpty();
    assertThat(busy.allDay()).isTrue();
    assertThat(busy.isPrivate()).isTrue();
    assertThat(new String(file, StandardCharsets.UTF_8))
        .doesNotContain("Doctor", "Clinic", "teeth");
  }

  @Test
  void refusalsNameTheLineAtFault() {
    assertThat(problems("""
        BEGIN:VCALENDAR
        BEGIN:VEVENT
        UID:a
        SUMMARY:A title that goes
          on over a folded line
        DTSTART;TZID=Mars/Olympus:20270101T090000
        END:VEVENT
        END:VCALENDAR
        """))
        .containsExactly(new CalendarImportError(
            6, "calendar.time-zone-unknown", "No time zone is called \"Mars/Olympus\"."));
    assertThat(problems("""
        BEGIN:VCALENDAR
        BEGIN:VEVENT
        UID:a
        SUMMARY:Rule
        DTSTART:20270101T090000Z
        RRULE:FREQ=SOMETIMES
        END:VEVENT
        END:VCALENDAR
        """))
        .extracting(CalendarImportError::line, CalendarImportError::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(6, "calendar.recurrence-invalid"));
    assertThat(problems("""
        BEGIN:VCALENDAR
        BEGIN:VEVENT
        UID:a
        just some words
        DTSTART:20270101T090000Z
        END:VEVENT
        END:VCALENDAR
        """))
        .extracting(CalendarImportError::line, CalendarImportError::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "calendar.ics-malformed"));
    assertThat(problems("""
        BEGIN:VCALENDAR
        BEGIN:VEVENT
        UID:a
        SUMMARY:Backwards
        DTSTART:20270102T090000Z
        DTEND:20270101T090000Z
        END:VEVENT
        BEGIN:VEVENT
        UID:b
        DTSTART:20270102T090000Z
        END:VEVENT
        END:VCALENDAR
        """))
        .extracting(CalendarImportError::line, CalendarImportError::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(6, "calendar.end-before-start"),
            org.assertj.core.groups.Tuple.tuple(8, "calendar.title-empty"));
  }

  private static List<CalendarImportError> problems(String ics) {
    IcsReader.Read read =
        IcsReader.read(ics.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), NEW_YORK);
    assertThat(read.drafts()).as("nothing is read from a refused file").isEmpty();
    return read.problems();
  }
}
