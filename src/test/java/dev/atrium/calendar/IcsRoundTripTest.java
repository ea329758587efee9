package dev.atrium.calendar;

import static dev.atrium.calendar.InteropSteps.event;
import static dev.atrium.calendar.InteropSteps.id;
import static dev.atrium.calendar.InteropSteps.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.ExDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What a phone subscribed to the feed sees is what Atrium stores: ical4j, reading the feed back as
 * any client would, finds the same times in the same zones (across a daylight-saving change), the
 * same RRULE, the cancelled occurrence as an EXDATE, the moved one as a RECURRENCE-ID override,
 * all-day dates, attendees' answers, and expands the series to exactly the occurrences the
 * calendar's own window shows. Someone who may read the calendar but is not invited to its private
 * event sees that event as busy time only.
 */
@IntegrationTest
class IcsRoundTripTest {

  private static final String NEW_YORK = "America/New_York";

  @LocalServerPort
  int port;

  @Test
  void theFeedReadBackByIcal4jIsWhatWasStored() {
    Api admin = People.admin(port);
    var ann = People.create(port, admin, "Ann 往返");
    var bo = People.create(port, admin, "Bo 往返");
    UUID calendar = InteropSteps.personal(ann.api(), ann.id());
    // six Mondays at 9:00 in New York; daylight saving begins on 14 March 2027
    JsonNode series = event(
        ann.api(),
        calendar,
        Map.of(
            "title", "Weekly sync",
            "location", "Room 5",
            "start", "2027-03-01T14:00:00Z",
            "end", "2027-03-01T15:00:00Z",
            "timeZone", NEW_YORK,
            "recurrence", "FREQ=WEEKLY;BYDAY=MO;COUNT=6",
            "attendees", List.of(Map.of("kind", "PERSON", "id", bo.id()))));
    UUID seriesId = id(series);
    var cancelled = ann.api()
        .delete("/api/v1/events/" + seriesId + "?scope=THIS&occurrence=2027-03-08T14:00:00Z");
    assertThat(cancelled.status()).as("%s", cancelled.body()).isBetween(200, 204);
    var moved = ann.api()
        .patch(
            "/api/v1/events/" + seriesId + "?scope=THIS&occurrence=2027-03-22T13:00:00Z",
            Map.of(
                "title",
                "Weekly sync (moved)",
                "location",
                "Room 5",
                "allDay",
                false,
                "start",
                "2027-03-22T15:00:00Z",
                "end",
                "2027-03-22T16:00:00Z",
                "timeZone",
                NEW_YORK,
                "private",
                false,
                "attendees",
                List.of(Map.of("kind", "PERSON", "id", bo.id()))));
    assertThat(moved.status()).as("%s", moved.body()).isEqualTo(200);
    event(
        ann.api(),
        calendar,
        Map.of(
            "title", "Offsite",
            "allDay", true,
            "start", "2027-04-04T16:00:00Z",
            "end", "2027-04-06T16:00:00Z",
            "timeZone", "Asia/Shanghai"));
    event(
        ann.api(),
        calendar,
        Map.of(
            "title", "Doctor",
            "location", "Clinic",
            "private", true,
            "start", "2027-04-12T01:00:00Z",
            "end", "2027-04-12T02:00:00Z"));

    var feed = InteropSteps.fetch(port, InteropSteps.feedPath(ann.api()));
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
    Calendar read = InteropSteps.parse(feed.body());

    VEvent master = only(read, "Weekly sync");
    DateProperty<?> start =
        master.<DateProperty<?>>getProperty(Property.DTSTART).orElseThrow();
    assertThat(start.getValue()).isEqualTo("20270301T090000");
    assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo(NEW_YORK);
    // ical4j writes a rule's parts in its own order: the same rule
    assertThat(new Recur<>(value(master, "RRULE")))
        .isEqualTo(new Recur<>(series.path("recurrence").asString()));
    assertThat(value(master, "LOCATION")).isEqualTo("Room 5");
    List<Instant> exdates = new ArrayList<>();
    master
        .getProperties(Property.EXDATE)
        .forEach(p ->
            ((ExDate<?>) p).getDates().forEach(d -> exdates.add(((ZonedDateTime) d).toInstant())));
    assertThat(exdates).containsExactly(Instant.parse("2027-03-08T14:00:00Z"));
    List<String> attendees =
        master.getProperties(Property.ATTENDEE).stream().map(Object::toString).toList();
    assertThat(attendees)
        .anySatisfy(a -> assertThat(a).contains("PARTSTAT=ACCEPTED").contains(ann.email()))
        .anySatisfy(a -> assertThat(a).contains("PARTSTAT=NEEDS-ACTION").contains(bo.email()));
    assertThat(value(master, "ORGANIZER")).isEqualTo("mailto:" + ann.email());

    VEvent override = InteropSteps.withUid(read, value(master, "UID")).getLast();
    assertThat(value(override, "SUMMARY")).isEqualTo("Weekly sync (moved)");
    assertThat(instant(override, Property.RECURRENCE_ID))
        .isEqualTo(Instant.parse("2027-03-22T13:00:00Z"));
    assertThat(instant(override, Property.DTSTART))
        .isEqualTo(Instant.parse("2027-03-22T15:00:00Z"));

    // the client's expansion of the feed is the calendar's own window
    List<Instant> expanded = new ArrayList<>(master
        .<ZonedDateTime>calculateRecurrenceSet(new Period<>(
            ZonedDateTime.parse("2027-02-01T00:00Z"), ZonedDateTime.parse("2027-05-01T00:00Z")))
        .stream()
        .map(p -> p.getStart().toInstant())
        .filter(at -> !at.equals(instant(override, Property.RECURRENCE_ID)))
        .toList());
    expanded.add(instant(override, Property.DTSTART));
    expanded.sort(null);
    List<Instant> expected = List.of(
        Instant.parse("2027-03-01T14:00:00Z"),
        Instant.parse("2027-03-15T13:00:00Z"),
        Instant.parse("2027-03-22T15:00:00Z"),
        Instant.parse("2027-03-29T13:00:00Z"),
        Instant.parse("2027-04-05T13:00:00Z"));
    assertThat(expanded).isEqualTo(expected);
    assertThat(windowStarts(ann.api(), calendar, "Weekly sync")).isEqualTo(expected);

    VEvent offsite = only(read, "Offsite");
    assertThat(offsite.getProperty(Property.DTSTART).orElseThrow().toString())
        .contains("VALUE=DATE:20270405");
    assertThat(value(offsite, "DTEND")).isEqualTo("20270407");

    VEvent doctor = only(read, "Doctor");
    assertThat(value(doctor, "CLASS"))
        .as("the owner sees their private event")
        .isEqualTo("PRIVATE");
    assertThat(value(doctor, "LOCATION")).isEqualTo("Clinic");
  }

  @Test
  void aReaderNotInvitedSeesAPrivateEventAsBusyOnly() {
    Api admin = People.admin(port);
    var ann = People.create(port, admin, "Ann 私密");
    var reader = People.create(port, admin, "Reader 私密");
    UUID calendar = InteropSteps.personal(ann.api(), ann.id());
    InteropSteps.grant(ann.api(), calendar, ann.id(), reader.id(), "READER");
    event(ann.api(), calendar, Map.of("title", "Team review", "location", "Hall"));
    event(
        ann.api(),
        calendar,
        Map.of(
            "title", "Doctor",
            "location", "Clinic",
            "private", true,
            "start", "2027-05-04T01:00:00Z",
            "end", "2027-05-04T02:00:00Z"));

    var export = reader.api().bytes("/api/v1/calendars/" + calendar + "/export");
    assertThat(export.statusCode()).isEqualTo(200);
    Calendar read = InteropSteps.parse(export.body());
    String text = read.toString();
    assertThat(text).doesNotContain("Doctor").doesNotContain("Clinic");
    VEvent busy = read.<VEvent>getComponents(Component.VEVENT).stream()
        .filter(e -> value(e, "SUMMARY").equals("Busy"))
        .findFirst()
        .orElseThrow();
    assertThat(value(busy, "CLASS")).isEqualTo("PRIVATE");
    assertThat(instant(busy, Property.DTSTART)).isEqualTo(Instant.parse("2027-05-04T01:00:00Z"));
    assertThat(busy.getProperties(Property.ATTENDEE)).isEmpty();
    assertThat(value(only(read, "Team review"), "LOCATION")).isEqualTo("Hall");
  }

  private static VEvent only(Calendar calendar, String summary) {
    List<VEvent> found = calendar.<VEvent>getComponents(Component.VEVENT).stream()
        .filter(e -> value(e, "SUMMARY").equals(summary))
        .toList();
    assertThat(found).as(summary).hasSize(1);
    return found.getFirst();
  }

  private static Instant instant(VEvent event, String property) {
    Object date = event.<DateProperty<?>>getProperty(property).orElseThrow().getDate();
    return date instanceof ZonedDateTime z ? z.toInstant() : (Instant) date;
  }

  private static List<Instant> windowStarts(Api api, UUID calendar, String titlePrefix) {
    var window = api.get("/api/v1/calendar/window?calendars=" + calendar
        + "&from=2027-02-01T00:00:00Z&to=2027-05-01T00:00:00Z&zone=" + NEW_YORK);
    assertThat(window.status()).as("%s", window.body()).isEqualTo(200);
    return window
        .body()
        .path("occurrences")
        .valueStream()
        .filter(o -> o.path("title").asString().startsWith(titlePrefix))
        .map(o -> Instant.parse(o.path("start").asString()))
        .sorted()
        .toList();
  }
}
