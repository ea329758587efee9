package dev.atrium.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.shared.DomainException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class RecurrencesTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  static Instant at(String local, ZoneId zone) {
    return LocalDateTime.parse(local).atZone(zone).toInstant();
  }

  static Instant day(String date, ZoneId zone) {
    return LocalDate.parse(date).atStartOfDay(zone).toInstant();
  }

  static List<Instant> starts(String rule, Instant start, ZoneId zone, Instant from, Instant to) {
    return Recurrences.starts(rule, start, zone, false, List.of(), from, to);
  }

  static List<LocalDateTime> local(List<Instant> starts, ZoneId zone) {
    return starts.stream().map(s -> LocalDateTime.ofInstant(s, zone)).toList();
  }

  @Test
  void aWeeklyNineOClockMeetingInBerlinStaysAtNineAcrossBothDaylightSavingChanges() {
    Instant start = at("2026-03-18T09:00", BERLIN);
    List<Instant> starts =
        starts("FREQ=WEEKLY", start, BERLIN, start, at("2026-11-05T00:00", BERLIN));

    assertThat(starts).hasSize(34);
    assertThat(local(starts, BERLIN))
        .allMatch(s -> s.toLocalTime().equals(LocalTime.of(9, 0)))
        .allMatch(s -> s.getDayOfWeek() == DayOfWeek.WEDNESDAY);
    // Summer time starts on 29 March and ends on 25 October 2026: the UTC hour moves, 09:00 does
    // not.
    assertThat(starts)
        .contains(
            Instant.parse("2026-03-25T08:00:00Z"),
            Instant.parse("2026-04-01T07:00:00Z"),
            Instant.parse("2026-10-21T07:00:00Z"),
            Instant.parse("2026-10-28T08:00:00Z"));
  }

  @Test
  void aDailyNineOClockInNewYorkStaysAtNineAcrossBothDaylightSavingChanges() {
    Instant start = at("2026-03-06T09:00", NEW_YORK);
    List<Instant> march =
        starts("FREQ=DAILY", start, NEW_YORK, start, at("2026-03-10T00:00", NEW_YORK));
    assertThat(march)
        .containsExactly(
            Instant.parse("2026-03-06T14:00:00Z"),
            Instant.parse("2026-03-07T14:00:00Z"),
            Instant.parse("2026-03-08T13:00:00Z"),
            Instant.parse("2026-03-09T13:00:00Z"));

    List<Instant> november = starts(
        "FREQ=DAILY",
        start,
        NEW_YORK,
        at("2026-10-31T00:00", NEW_YORK),
        at("2026-11-03T00:00", NEW_YORK));
    assertThat(november)
        .containsExactly(
            Instant.parse("2026-10-31T13:00:00Z"),
            Instant.parse("2026-11-01T14:00:00Z"),
            Instant.parse("2026-11-02T14:00:00Z"));
  }

  @Test
  void inShanghaiWithoutDaylightSavingNineOClockIsAlwaysOneOClockUtc() {
    Instant start = at("2026-01-05T09:00", SHANGHAI);
    List<Instant> starts =
        starts("FREQ=WEEKLY;BYDAY=MO,TH", start, SHANGHAI, start, at("2027-01-01T00:00", SHANGHAI));

    assertThat(starts).hasSize(104);
    assertThat(starts).allMatch(s -> s.atZone(java.time.ZoneOffset.UTC).getHour() == 1);
  }

  @Test
  void aTimeSkippedInSpringMovesForwardByTheGapAndARepeatedOneTakesItsFirstOccurrence() {
    Instant start = at("2026-03-27T02:30", BERLIN);
    List<Instant> spring =
        starts("FREQ=DAILY", start, BERLIN, start, at("2026-03-31T00:00", BERLIN));
    assertThat(spring)
        .containsExactly(
            Instant.parse("2026-03-27T01:30:00Z"),
            Instant.parse("2026-03-28T01:30:00Z"),
            Instant.parse("2026-03-29T01:30:00Z"), // 02:30 does not exist: 03:30 CEST
            Instant.parse("2026-03-30T00:30:00Z"));

    List<Instant> autumn = starts(
        "FREQ=DAILY",
        start,
        BERLIN,
        at("2026-10-25T00:00", BERLIN),
        at("2026-10-26T00:00", BERLIN));
    assertThat(autumn).containsExactly(Instant.parse("2026-10-25T00:30:00Z")); // 02:30 CEST
  }

  @Test
  void monthlyOnThe31stSkipsTheMonthsWithoutOne() {
    Instant start = at("2026-01-31T10:00", BERLIN);
    List<Instant> starts =
        starts("FREQ=MONTHLY;BYMONTHDAY=31", start, BERLIN, start, at("2027-01-01T00:00", BERLIN));

    assertThat(local(starts, BERLIN))
        .extracting(LocalDateTime::toLocalDate)
        .containsExactly(
            LocalDate.of(2026, 1, 31),
            LocalDate.of(2026, 3, 31),
            LocalDate.of(2026, 5, 31),
            LocalDate.of(2026, 7, 31),
            LocalDate.of(2026, 8, 31),
            LocalDate.of(2026, 10, 31),
            LocalDate.of(2026, 12, 31));
    // Without BYMONTHDAY the start's day is the rule's (RFC 5545), with the same months skipped.
    assertThat(starts("FREQ=MONTHLY", start, BERLIN, start, at("2027-01-01T00:00", BERLIN)))
        .isEqualTo(starts);
  }

  @Test
  void lastFridayOfTheMonth() {
    Instant start = at("2026-01-30T16:00", SHANGHAI);
    List<Instant> starts =
        starts("FREQ=MONTHLY;BYDAY=-1FR", start, SHANGHAI, start, at("2026-07-01T00:00", SHANGHAI));

    assertThat(local(starts, SHANGHAI))
        .extracting(LocalDateTime::toLocalDate)
        .containsExactly(
            LocalDate.of(2026, 1, 30),
            LocalDate.of(2026, 2, 27),
            LocalDate.of(2026, 3, 27),
            LocalDate.of(2026, 4, 24),
            LocalDate.of(2026, 5, 29),
            LocalDate.of(2026, 6, 26));
  }

  @Test
  void exceptionsAreLeftOut() {
    Instant start = at("2026-06-01T09:00", BERLIN);
    List<Instant> exdates = List.of(at("2026-06-02T09:00", BERLIN), at("2026-06-04T09:00", BERLIN));

    List<Instant> starts = Recurrences.starts(
        "FREQ=DAILY;COUNT=5", start, BERLIN, false, exdates, start, at("2026-07-01T00:00", BERLIN));

    assertThat(local(starts, BERLIN))
        .extracting(LocalDateTime::getDayOfMonth)
        .containsExactly(1, 3, 5);
  }

  @Test
  void countAndAnInclusiveUntilOnTheLastOccurrenceGiveTheSameSeries() {
    Instant start = at("2026-06-01T09:00", NEW_YORK);
    Instant to = at("2027-01-01T00:00", NEW_YORK);
    List<Instant> counted = starts("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6", start, NEW_YORK, start, to);

    assertThat(counted).hasSize(6);
    assertThat(starts("FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20260617T130000Z", start, NEW_YORK, start, to))
        .isEqualTo(counted);
    // The count runs from the series' start, not from the window's.
    assertThat(starts("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6", start, NEW_YORK, counted.get(4), to))
        .containsExactly(counted.get(4), counted.get(5));
  }

  @Test
  void theStartIsTheFirstOccurrenceAndCountsEvenWhenTheRuleDoesNotMatchIt() {
    Instant wednesday = at("2026-03-18T09:00", BERLIN);
    List<Instant> starts = starts(
        "FREQ=WEEKLY;BYDAY=MO,FR;COUNT=3",
        wednesday,
        BERLIN,
        wednesday,
        at("2026-12-01T00:00", BERLIN));

    assertThat(local(starts, BERLIN))
        .extracting(LocalDateTime::getDayOfWeek)
        .containsExactly(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.MONDAY);
  }

  @Test
  void anAllDaySeriesStartsAtEachMidnightAndADayLastsTwentyThreeHoursInSpring() {
    Instant start = day("2026-03-27", BERLIN);
    List<Instant> starts = Recurrences.starts(
        "FREQ=DAILY;UNTIL=20260330",
        start,
        BERLIN,
        true,
        List.of(),
        start,
        day("2026-05-01", BERLIN));

    assertThat(starts)
        .containsExactly(
            day("2026-03-27", BERLIN),
            day("2026-03-28", BERLIN),
            day("2026-03-29", BERLIN),
            day("2026-03-30", BERLIN));
    Instant end = day("2026-03-28", BERLIN);
    assertThat(Recurrences.endOf(starts.get(2), start, end, BERLIN, true))
        .isEqualTo(day("2026-03-30", BERLIN))
        .isEqualTo(starts.get(2).plusSeconds(23 * 3600));
  }

  @Test
  void anUnboundedDailyRuleOverTwoYearsBegunFiveYearsAgoIsExpandedOverItsWindowOnly() {
    Instant start = at("2021-05-10T08:30", SHANGHAI);
    Instant from = at("2026-01-01T00:00", SHANGHAI);

    List<Instant> twoYears =
        starts("FREQ=DAILY", start, SHANGHAI, from, at("2028-01-01T00:00", SHANGHAI));
    assertThat(twoYears).hasSize(730).hasSizeLessThanOrEqualTo(Recurrences.MAX_OCCURRENCES);
    assertThat(twoYears.getFirst()).isEqualTo(at("2026-01-01T08:30", SHANGHAI));
    assertThat(twoYears.getLast()).isEqualTo(at("2027-12-31T08:30", SHANGHAI));

    List<Instant> tenYears =
        starts("FREQ=DAILY", start, SHANGHAI, from, at("2036-01-01T00:00", SHANGHAI));
    assertThat(tenYears).hasSize(Recurrences.MAX_OCCURRENCES);
    assertThat(tenYears.getFirst()).isEqualTo(twoYears.getFirst());
  }

  @Test
  void aLateWindowSeesExactlyWhatTheWholeSeriesHasInIt() {
    Instant start = at("2020-01-31T23:30", NEW_YORK);
    Instant to = at("2029-03-01T00:00", NEW_YORK);
    Instant from = at("2026-02-10T12:00", NEW_YORK);
    for (String rule : List.of(
        "FREQ=DAILY;INTERVAL=3",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SA;WKST=SU",
        "FREQ=MONTHLY",
        "FREQ=MONTHLY;INTERVAL=5;BYDAY=2TU",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
        "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO")) {
      List<Instant> whole =
          Recurrences.expand(rule, start, NEW_YORK, false, List.of(), start, to, 5000);
      List<Instant> inWindow = whole.stream().filter(s -> !s.isBefore(from)).toList();
      assertThat(starts(rule, start, NEW_YORK, from, to)).as(rule).isNotEmpty().isEqualTo(inWindow);
    }
  }

  @Test
  void refusesRulesItCannotRepeatSafely() {
    for (String bad : List.of(
        "",
        "FREQ=HOURLY",
        "FREQ=MINUTELY;INTERVAL=15",
        "FREQ=SECONDLY",
        "FREQ=DAILY;BYHOUR=9,17",
        "FREQ=DAILY;COUNT=3;UNTIL=20260101T000000Z",
        "FREQ=DAILY;COUNT=0",
        "FREQ=DAILY;COUNT=1001",
        "FREQ=DAILY;INTERVAL=0",
        "FREQ=FORTNIGHTLY",
        "BYDAY=MO",
        "FREQ=WEEKLY;BYDAY=XX",
        "FREQ=MONTHLY;BYMONTHDAY=32",
        "FREQ=YEARLY;RSCALE=CHINESE",
        "FREQ=DAILY;UNTIL=tomorrow",
        "FREQ=DAILY;" + "BYMONTH=1;".repeat(60))) {
      assertThatThrownBy(() -> Recurrences.validate(bad))
          .as(bad)
          .isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo("calendar.recurrence-invalid");
            assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
          });
    }
  }

  @Test
  void aRuleIsStoredWithoutItsPrefixInUpperCase() {
    assertThat(Recurrences.validate(" rrule:freq=weekly;byday=mo,fr;interval=2 "))
        .isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR");
  }

  @Test
  void untilIsStoredInTheFormTheEventNeeds() {
    Instant start = at("2026-06-01T09:00", BERLIN);
    assertThat(Recurrences.validate("FREQ=DAILY;UNTIL=20260610", start, BERLIN, false))
        .isEqualTo("FREQ=DAILY;UNTIL=20260610T215959Z");
    assertThat(Recurrences.validate("FREQ=DAILY;UNTIL=20260610T090000", start, BERLIN, false))
        .isEqualTo("FREQ=DAILY;UNTIL=20260610T070000Z");
    assertThat(Recurrences.validate(
            "FREQ=DAILY;UNTIL=20260610T000000Z", day("2026-06-01", NEW_YORK), NEW_YORK, true))
        .isEqualTo("FREQ=DAILY;UNTIL=20260610");
    assertThatThrownBy(
            () -> Recurrences.validate("FREQ=DAILY;UNTIL=20260501T000000Z", start, BERLIN, false))
        .isInstanceOf(DomainException.class);
  }

  @Test
  void theSeriesEndIsTheLastOccurrencesEndOrNoneForAnEndlessRule() {
    Instant start = at("2026-06-01T09:00", BERLIN);
    Instant end = at("2026-06-01T10:30", BERLIN);
    assertThat(Recurrences.seriesEnd("FREQ=WEEKLY", start, end, BERLIN, false)).isNull();
    assertThat(Recurrences.seriesEnd("FREQ=WEEKLY;COUNT=3", start, end, BERLIN, false))
        .isEqualTo(at("2026-06-15T10:30", BERLIN));
    assertThat(
            Recurrences.seriesEnd("FREQ=WEEKLY;UNTIL=20260615T070000Z", start, end, BERLIN, false))
        .isEqualTo(at("2026-06-15T10:30", BERLIN));
    assertThat(Recurrences.seriesEnd(
            "FREQ=MONTHLY;UNTIL=20261231",
            day("2026-06-01", SHANGHAI),
            day("2026-06-03", SHANGHAI),
            SHANGHAI,
            true))
        .isEqualTo(day("2027-01-02", SHANGHAI));
  }

  @Test
  void theWholeSeriesOfAMonthlyRuleEndsWhereItsLastOccurrenceEnds() {
    ZonedDateTime start = ZonedDateTime.of(2026, 1, 31, 9, 0, 0, 0, BERLIN);
    assertThat(Recurrences.seriesEnd(
            "FREQ=MONTHLY;COUNT=4",
            start.toInstant(),
            start.plusHours(1).toInstant(),
            BERLIN,
            false))
        .isEqualTo(at("2026-07-31T10:00", BERLIN));
  }
}
