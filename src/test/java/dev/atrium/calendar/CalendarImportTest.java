package dev.atrium.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An .ics file from another calendar comes in whole: a series in its own zone with an exception
 * and a moved occurrence, an all-day event; the same file again changes those events instead of
 * adding them twice. A file with errors is refused whole, each error with its line and code, and
 * nothing of it is stored; only the calendar's editors may import.
 */
@IntegrationTest
class CalendarImportTest {

  private static final String GOOD = """
      BEGIN:VCALENDAR
      VERSION:2.0
      PRODID:-//Example//Outlook//EN
      BEGIN:VEVENT
      UID:standup-42@example.com
      DTSTAMP:20270101T000000Z
      DTSTART;TZID=America/New_York:20270301T090000
      DTEND;TZID=America/New_York:20270301T093000
      RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4
      EXDATE;TZID=America/New_York:20270308T090000
      SUMMARY:Stand-up
      LOCATION:Room 7
      DESCRIPTION:Yesterday\\, today\\, blockers
      END:VEVENT
      BEGIN:VEVENT
      UID:standup-42@example.com
      DTSTAMP:20270101T000000Z
      RECURRENCE-ID;TZID=America/New_York:20270315T090000
      DTSTART;TZID=America/New_York:20270315T100000
      DTEND;TZID=America/New_York:20270315T103000
      SUMMARY:Stand-up (late)
      END:VEVENT
      BEGIN:VEVENT
      UID:holiday-1@example.com
      DTSTAMP:20270101T000000Z
      DTSTART;VALUE=DATE:20270405
      DTEND;VALUE=DATE:20270406
      SUMMARY:清明节
      END:VEVENT
      END:VCALENDAR
      """.replace("\n", "\r\n");

  @LocalServerPort
  int port;

  @Test
  void aGoodFileComesInWholeAndAgainChangesRatherThanDuplicates() {
    Api admin = People.admin(port);
    var ann = People.create(port, admin, "导入 Ann");
    UUID calendar = InteropSteps.personal(ann.api(), ann.id());

    var imported = importIcs(ann.api(), calendar, GOOD);
    assertThat(imported.status()).as("%s", imported.body()).isEqualTo(200);
    assertThat(imported.body().path("created").asInt()).isEqualTo(2);

    List<String> starts = window(ann.api(), calendar, "Stand-up");
    assertThat(starts)
        .as("9:00 in New York across daylight saving, one cancelled, one moved to 10:00")
        .containsExactly("2027-03-01T14:00:00Z", "2027-03-15T14:00:00Z", "2027-03-22T13:00:00Z");
    assertThat(window(ann.api(), calendar, "清明节")).containsExactly("2027-04-05T00:00:00Z");

    var again = importIcs(ann.api(), calendar, GOOD.replace("SUMMARY:清明节", "SUMMARY:清明节假期"));
    assertThat(again.status()).as("%s", again.body()).isEqualTo(200);
    assertThat(again.body().path("created").asInt()).isZero();
    assertThat(window(ann.api(), calendar, "清明节")).containsExactly("2027-04-05T00:00:00Z");
    assertThat(window(ann.api(), calendar, "Stand-up")).hasSize(3);
    assertThat(titles(ann.api(), calendar)).contains("清明节假期").doesNotContain("清明节");
  }

  @Test
  void aMalformedFileIsRefusedWholeWithTheLinesOfItsErrors() {
    Api admin = People.admin(port);
    var ann = People.create(port, admin, "导入错误 Ann");
    UUID calendar = InteropSteps.personal(ann.api(), ann.id());
    String badZone = GOOD.replace(
        "DTSTART;VALUE=DATE:20270405", "DTSTART;TZID=Mars/Olympus_Mons:20270405T090000");
    var refused = importIcs(ann.api(), calendar, badZone);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("calendar.import-invalid");
    JsonNode error = refused.body().path("errors").get(0);
    assertThat(error.path("line").asInt()).isEqualTo(lineOf(badZone, "Mars/Olympus_Mons"));
    assertThat(error.path("code").asString()).isEqualTo("calendar.time-zone-unknown");

    String badRule = GOOD.replace("FREQ=WEEKLY;BYDAY=MO;COUNT=4", "FREQ=FORTNIGHTLY");
    refused = importIcs(ann.api(), calendar, badRule);
    assertThat(refused.code()).isEqualTo("calendar.import-invalid");
    error = refused.body().path("errors").get(0);
    assertThat(error.path("line").asInt()).isEqualTo(lineOf(badRule, "FREQ=FORTNIGHTLY"));
    assertThat(error.path("code").asString()).isEqualTo("calendar.recurrence-invalid");

    String backwards = GOOD.replace("DTEND;VALUE=DATE:20270406", "DTEND;VALUE=DATE:20270401");
    refused = importIcs(ann.api(), calendar, backwards);
    error = refused.body().path("errors").get(0);
    assertThat(error.path("line").asInt())
        .isEqualTo(lineOf(backwards, "DTEND;VALUE=DATE:20270401"));
    assertThat(error.path("code").asString()).isEqualTo("calendar.end-before-start");

    String garbage = GOOD.replace("SUMMARY:Stand-up\r\n", "this is not a property\r\n");
    refused = importIcs(ann.api(), calendar, garbage);
    error = refused.body().path("errors").get(0);
    assertThat(error.path("line").asInt()).isEqualTo(lineOf(garbage, "this is not"));

    assertThat(titles(ann.api(), calendar)).as("nothing was stored").isEmpty();
  }

  @Test
  void onlyTheCalendarsEditorsMayImport() {
    Api admin = People.admin(port);
    var ann = People.create(port, admin, "导入 主人");
    var reader = People.create(port, admin, "导入 读者");
    UUID calendar = InteropSteps.personal(ann.api(), ann.id());
    InteropSteps.grant(ann.api(), calendar, ann.id(), reader.id(), "READER");
    var refused = importIcs(reader.api(), calendar, GOOD);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(titles(ann.api(), calendar)).isEmpty();
  }

  private static Api.Response importIcs(Api api, UUID calendar, String ics) {
    return api.sendRaw(
        "POST",
        "/api/v1/calendars/" + calendar + "/import",
        "text/calendar",
        ics.getBytes(StandardCharsets.UTF_8));
  }

  private static int lineOf(String ics, String text) {
    String[] lines = ics.split("\r\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text);
  }

  private static List<String> window(Api api, UUID calendar, String titlePrefix) {
    return occurrences(api, calendar).stream()
        .filter(o -> o.path("title").asString().startsWith(titlePrefix))
        .map(o -> o.path("start").asString())
        .map(s -> java.time.Instant.parse(s).toString())
        .sorted()
        .toList();
  }

  private static List<String> titles(Api api, UUID calendar) {
    return occurrences(api, calendar).stream()
        .map(o -> o.path("title").asString())
        .toList();
  }

  private static List<JsonNode> occurrences(Api api, UUID calendar) {
    var window = api.get("/api/v1/calendar/window?calendars=" + calendar
        + "&from=2027-02-01T00:00:00Z&to=2027-05-01T00:00:00Z&zone=UTC");
    assertThat(window.status()).as("%s", window.body()).isEqualTo(200);
    return window.body().path("occurrences").valueStream().toList();
  }
}
