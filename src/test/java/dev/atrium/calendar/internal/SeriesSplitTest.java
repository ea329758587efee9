package dev.atrium.calendar.internal;

import static dev.atrium.calendar.internal.RecurrencesTest.BERLIN;
import static dev.atrium.calendar.internal.RecurrencesTest.NEW_YORK;
import static dev.atrium.calendar.internal.RecurrencesTest.SHANGHAI;
import static dev.atrium.calendar.internal.RecurrencesTest.at;
import static dev.atrium.calendar.internal.RecurrencesTest.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.calendar.EditScope;
import dev.atrium.calendar.internal.SeriesSplit.CancelSeries;
import dev.atrium.calendar.internal.SeriesSplit.Change;
import dev.atrium.calendar.internal.SeriesSplit.SplitSeries;
import dev.atrium.calendar.internal.SeriesSplit.Timing;
import dev.atrium.calendar.internal.SeriesSplit.UpdateSeries;
import dev.atrium.calendar.internal.SeriesSplit.WriteOverride;
import dev.atrium.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class SeriesSplitTest {

  /** Mondays 09:00–10:00 in Berlin from 2 March 2026, across the change to summer time. */
  static Series mondays(String rule) {
    return Series.of(
        rule, at("2026-03-02T09:00", BERLIN), at("2026-03-02T10:00", BERLIN), BERLIN, false);
  }

  static final Instant FROM = at("2026-01-01T00:00", BERLIN);
  static final Instant TO = at("2028-01-01T00:00", BERLIN);

  static Timing unchanged(Series series, Instant occurrence) {
    return new Timing(
        occurrence, series.endOf(occurrence), series.zone(), series.allDay(), series.rrule());
  }

  static Timing moved(Series series, Instant occurrence, Duration by) {
    return new Timing(
        occurrence.plus(by),
        series.endOf(occurrence).plus(by),
        series.zone(),
        series.allDay(),
        series.rrule());
  }

  @Test
  void thisAndFollowingKeepsTheOccurrencesBeforeAndTheSplitSeriesTogetherEqualTheOriginal() {
    for (String rule : List.of(
        "FREQ=WEEKLY;BYDAY=MO;COUNT=10",
        "FREQ=WEEKLY;BYDAY=MO;UNTIL=20260504T070000Z",
        "FREQ=WEEKLY;INTERVAL=2",
        "FREQ=MONTHLY;BYDAY=1MO")) {
      Series series = mondays(rule);
      List<Instant> original = series.starts(FROM, TO);
      Instant fifth = original.get(4);

      SplitSeries split =
          (SplitSeries) SeriesSplit.editFollowing(series, fifth, unchanged(series, fifth));

      assertThat(split.before().starts(FROM, TO)).as(rule).isEqualTo(original.subList(0, 4));
      List<Instant> after = split.following().starts(FROM, TO);
      assertThat(after).as(rule).isEqualTo(original.subList(4, original.size()));
      List<Instant> together = new ArrayList<>(split.before().starts(FROM, TO));
      together.addAll(after);
      assertThat(together).as(rule).isEqualTo(original);
    }
  }

  @Test
  void aCountBecomesAnUntilOneSecondBeforeTheSplitAndTheNewSeriesCountsWhatIsLeft() {
    Series series = mondays("FREQ=WEEKLY;BYDAY=MO;COUNT=10");
    Instant fifth = at("2026-03-30T09:00", BERLIN); // summer time: 07:00 UTC

    SplitSeries split =
        (SplitSeries) SeriesSplit.editFollowing(series, fifth, unchanged(series, fifth));

    assertThat(split.before().rrule()).isEqualTo("FREQ=WEEKLY;BYDAY=MO;UNTIL=20260330T065959Z");
    assertThat(split.following().rrule()).isEqualTo("FREQ=WEEKLY;COUNT=6;BYDAY=MO");
    // As late as an occurrence starting at UNTIL could end: the window queries' bound.
    assertThat(split.before().seriesEnd()).isEqualTo(Instant.parse("2026-03-30T07:59:59Z"));
    assertThat(split.following().seriesEnd()).isEqualTo(at("2026-05-04T10:00", BERLIN));
  }

  @Test
  void movingThisAndFollowingAnHourLaterTakesItsLaterExceptionsAlong() {
    Instant second = at("2026-03-09T09:00", BERLIN);
    Instant fourth = at("2026-03-23T09:00", BERLIN);
    Instant sixth = at("2026-04-06T09:00", BERLIN);
    Instant seventh = at("2026-04-13T09:00", BERLIN);
    Series series = new Series(
        "FREQ=WEEKLY",
        at("2026-03-02T09:00", BERLIN),
        at("2026-03-02T10:00", BERLIN),
        BERLIN,
        false,
        List.of(second, sixth),
        List.of(fourth, seventh));
    Instant fifth = at("2026-03-30T09:00", BERLIN);

    SplitSeries split = (SplitSeries)
        SeriesSplit.editFollowing(series, fifth, moved(series, fifth, Duration.ofHours(1)));

    assertThat(split.before().exdates()).containsExactly(second);
    assertThat(split.before().overrides()).containsExactly(fourth);
    assertThat(split.following().start()).isEqualTo(at("2026-03-30T10:00", BERLIN));
    assertThat(split.following().exdates()).containsExactly(at("2026-04-06T10:00", BERLIN));
    assertThat(split.moved()).isEqualTo(Map.of(seventh, at("2026-04-13T10:00", BERLIN)));
    assertThat(split.dropped()).isEmpty();
    assertThat(split.following().starts(fifth, at("2026-04-21T00:00", BERLIN)))
        .containsExactly(at("2026-03-30T10:00", BERLIN), at("2026-04-20T10:00", BERLIN));
  }

  @Test
  void changingTheRuleFromThisOnDropsTheExceptionsTheNewRuleNoLongerHas() {
    Instant sixth = at("2026-04-06T09:00", BERLIN);
    Series series = new Series(
        "FREQ=WEEKLY",
        at("2026-03-02T09:00", BERLIN),
        at("2026-03-02T10:00", BERLIN),
        BERLIN,
        false,
        List.of(),
        List.of(sixth, at("2026-04-13T09:00", BERLIN)));
    Instant fifth = at("2026-03-30T09:00", BERLIN);
    Timing fortnightly =
        new Timing(fifth, series.endOf(fifth), BERLIN, false, "FREQ=WEEKLY;INTERVAL=2");

    SplitSeries split = (SplitSeries) SeriesSplit.editFollowing(series, fifth, fortnightly);

    assertThat(split.moved())
        .isEqualTo(Map.of(at("2026-04-13T09:00", BERLIN), at("2026-04-13T09:00", BERLIN)));
    assertThat(split.dropped()).containsExactly(sixth);
  }

  @Test
  void thisAndFollowingFromTheFirstOccurrenceIsAnEditOfAll() {
    Series series = mondays("FREQ=WEEKLY;COUNT=4");
    Change change = SeriesSplit.editFollowing(
        series, series.start(), moved(series, series.start(), Duration.ofMinutes(30)));

    assertThat(change).isInstanceOf(UpdateSeries.class);
    assertThat(((UpdateSeries) change).series().start()).isEqualTo(at("2026-03-02T09:30", BERLIN));
    assertThat(((UpdateSeries) change).series().rrule()).isEqualTo("FREQ=WEEKLY;COUNT=4");
  }

  @Test
  void editingAllFromTheFifthOccurrenceMovesTheSeriesStartNotTheSeriesItself() {
    Instant third = at("2026-03-16T09:00", BERLIN);
    Instant sixth = at("2026-04-06T09:00", BERLIN);
    Series series = new Series(
        "FREQ=WEEKLY;BYDAY=MO",
        at("2026-03-02T09:00", BERLIN),
        at("2026-03-02T10:00", BERLIN),
        BERLIN,
        false,
        List.of(third),
        List.of(sixth));
    Instant fifth = at("2026-03-30T09:00", BERLIN);

    UpdateSeries all = (UpdateSeries)
        SeriesSplit.editAll(series, fifth, moved(series, fifth, Duration.ofHours(1)));

    assertThat(all.series().start()).isEqualTo(at("2026-03-02T10:00", BERLIN));
    assertThat(all.series().end()).isEqualTo(at("2026-03-02T11:00", BERLIN));
    assertThat(all.series().exdates()).containsExactly(at("2026-03-16T10:00", BERLIN));
    assertThat(all.moved()).isEqualTo(Map.of(sixth, at("2026-04-06T10:00", BERLIN)));
    assertThat(all.series().overrides()).containsExactly(at("2026-04-06T10:00", BERLIN));
    assertThat(all.series().starts(FROM, at("2026-04-01T00:00", BERLIN)))
        .extracting(s -> LocalDateTime.ofInstant(s, BERLIN).toLocalTime())
        .containsExactly(
            LocalTime.of(10, 0), LocalTime.of(10, 0), LocalTime.of(10, 0), LocalTime.of(10, 0));
  }

  @Test
  void changingTheRuleOfAllDropsExceptionsItNoLongerHasAndEndingItKeepsOneEvent() {
    Instant third = at("2026-03-16T09:00", BERLIN);
    Series series = new Series(
        "FREQ=WEEKLY;BYDAY=MO",
        at("2026-03-02T09:00", BERLIN),
        at("2026-03-02T10:00", BERLIN),
        BERLIN,
        false,
        List.of(third),
        List.of(at("2026-03-09T09:00", BERLIN)));
    Timing fortnightly =
        new Timing(series.start(), series.end(), BERLIN, false, "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO");

    UpdateSeries changed = (UpdateSeries) SeriesSplit.editAll(series, null, fortnightly);
    assertThat(changed.series().exdates()).containsExactly(third);
    assertThat(changed.dropped()).containsExactly(at("2026-03-09T09:00", BERLIN));

    UpdateSeries ended = (UpdateSeries) SeriesSplit.editAll(
        series, null, new Timing(series.start(), series.end(), BERLIN, false, null));
    assertThat(ended.series().recurring()).isFalse();
    assertThat(ended.series().exdates()).isEmpty();
    assertThat(ended.dropped()).containsExactly(at("2026-03-09T09:00", BERLIN));
  }

  @Test
  void anUntilTheEditKeepsMovesWithTheSeriesSoTheLastMeetingStays() {
    Series series = mondays("FREQ=WEEKLY;UNTIL=20260330T070000Z");
    assertThat(series.starts(FROM, TO)).hasSize(5);

    UpdateSeries later = (UpdateSeries)
        SeriesSplit.editAll(series, null, moved(series, series.start(), Duration.ofHours(2)));

    assertThat(later.series().rrule()).isEqualTo("FREQ=WEEKLY;UNTIL=20260330T090000Z");
    assertThat(later.series().starts(FROM, TO))
        .hasSize(5)
        .last()
        .isEqualTo(at("2026-03-30T11:00", BERLIN));
  }

  @Test
  void editingOneOccurrenceWritesItsOverride() {
    Series series = mondays("FREQ=WEEKLY");
    Instant third = at("2026-03-16T09:00", BERLIN);

    assertThat(SeriesSplit.editThis(series, third, moved(series, third, Duration.ofDays(1))))
        .isEqualTo(new WriteOverride(third));
  }

  @Test
  void anOccurrenceTheSeriesDoesNotHaveOrNoneIsRefused() {
    Instant third = at("2026-03-16T09:00", BERLIN);
    Series series = new Series(
        "FREQ=WEEKLY",
        at("2026-03-02T09:00", BERLIN),
        at("2026-03-02T10:00", BERLIN),
        BERLIN,
        false,
        List.of(third),
        List.of());
    Timing timing = unchanged(series, series.start());

    for (Instant wrong :
        List.of(third, at("2026-03-17T09:00", BERLIN), at("2026-02-23T09:00", BERLIN))) {
      assertThatThrownBy(() -> SeriesSplit.editThis(series, wrong, timing))
          .isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo("calendar.not-found");
            assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND);
          });
    }
    assertThatThrownBy(() -> SeriesSplit.editFollowing(series, null, timing))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("calendar.scope-invalid"));
  }

  @Test
  void cancellingOneOccurrenceAddsAnExceptionAndDeletesItsOverride() {
    Instant second = at("2026-03-09T09:00", BERLIN);
    Series series = new Series(
        "FREQ=WEEKLY;COUNT=3",
        at("2026-03-02T09:00", BERLIN),
        at("2026-03-02T10:00", BERLIN),
        BERLIN,
        false,
        List.of(),
        List.of(second));

    UpdateSeries cancelled = (UpdateSeries) SeriesSplit.cancelThis(series, second);
    assertThat(cancelled.series().exdates()).containsExactly(second);
    assertThat(cancelled.series().overrides()).isEmpty();
    assertThat(cancelled.dropped()).containsExactly(second);
    assertThat(cancelled.series().starts(FROM, TO))
        .containsExactly(series.start(), at("2026-03-16T09:00", BERLIN));

    Series twoLeftCancelled = cancelled.series();
    Change afterFirst = SeriesSplit.cancelThis(twoLeftCancelled, series.start());
    assertThat(SeriesSplit.cancelThis(
            ((UpdateSeries) afterFirst).series(), at("2026-03-16T09:00", BERLIN)))
        .isEqualTo(new CancelSeries());
  }

  @Test
  void cancellingThisAndFollowingEndsTheSeriesBeforeItOrCancelsItFromTheFirst() {
    Instant fourth = at("2026-03-23T09:00", BERLIN);
    Instant sixth = at("2026-04-06T09:00", BERLIN);
    Series series = new Series(
        "FREQ=WEEKLY",
        at("2026-03-02T09:00", BERLIN),
        at("2026-03-02T10:00", BERLIN),
        BERLIN,
        false,
        List.of(sixth),
        List.of(at("2026-03-09T09:00", BERLIN), at("2026-04-13T09:00", BERLIN)));

    UpdateSeries ended = (UpdateSeries) SeriesSplit.cancelFollowing(series, fourth);
    assertThat(ended.series().starts(FROM, TO))
        .containsExactly(series.start(), at("2026-03-16T09:00", BERLIN));
    assertThat(ended.series().exdates()).isEmpty();
    assertThat(ended.series().overrides()).containsExactly(at("2026-03-09T09:00", BERLIN));
    assertThat(ended.dropped()).containsExactly(at("2026-04-13T09:00", BERLIN));
    assertThat(ended.series().seriesEnd()).isNotNull();

    assertThat(SeriesSplit.cancelFollowing(series, series.start())).isEqualTo(new CancelSeries());
    assertThat(SeriesSplit.cancel(series, EditScope.ALL, null)).isEqualTo(new CancelSeries());
  }

  @Test
  void anAllDaySeriesIsSplitByDate() {
    Series series = Series.of(
        "FREQ=DAILY;COUNT=15",
        day("2026-10-20", NEW_YORK),
        day("2026-10-21", NEW_YORK),
        NEW_YORK,
        true);
    Instant nov1 = day("2026-11-01", NEW_YORK);
    List<Instant> original = series.starts(FROM, TO);

    SplitSeries split = (SplitSeries) SeriesSplit.editFollowing(
        series, day("2026-10-25", NEW_YORK), unchanged(series, day("2026-10-25", NEW_YORK)));

    assertThat(split.before().rrule()).isEqualTo("FREQ=DAILY;UNTIL=20261024");
    assertThat(split.following().rrule()).isEqualTo("FREQ=DAILY;COUNT=10");
    assertThat(split.following().starts(FROM, TO))
        .isEqualTo(original.subList(5, 15))
        .contains(nov1);
    // 1 November is 25 hours long in New York; its occurrence still ends at the next midnight.
    assertThat(split.following().endOf(nov1)).isEqualTo(day("2026-11-02", NEW_YORK));
  }

  @Test
  void aWindowShowsAnOccurrenceThatBeganBeforeItAndLeavesOutReplacedOnes() {
    Instant replaced = at("2026-03-04T22:00", SHANGHAI);
    Series nights = new Series(
        "FREQ=DAILY",
        at("2026-03-02T22:00", SHANGHAI),
        at("2026-03-03T06:00", SHANGHAI),
        SHANGHAI,
        false,
        List.of(),
        List.of(replaced));

    assertThat(nights.starts(at("2026-03-04T00:00", SHANGHAI), at("2026-03-06T00:00", SHANGHAI)))
        .containsExactly(at("2026-03-03T22:00", SHANGHAI), at("2026-03-05T22:00", SHANGHAI));
  }

  @Test
  void aSingleEventTakesEveryScopeAsAnEditOfItself() {
    Series single = Series.of(
        null, at("2026-03-02T09:00", BERLIN), at("2026-03-02T10:00", BERLIN), BERLIN, false);
    Timing later = moved(single, single.start(), Duration.ofHours(1));

    for (Change change : List.of(
        SeriesSplit.editThis(single, null, later),
        SeriesSplit.editFollowing(single, null, later),
        SeriesSplit.editAll(single, null, later))) {
      assertThat(change)
          .isEqualTo(new UpdateSeries(
              Series.of(null, later.start(), later.end(), BERLIN, false), Map.of(), Set.of()));
    }
    for (EditScope scope : EditScope.values()) {
      assertThat(SeriesSplit.cancel(single, scope, null)).isEqualTo(new CancelSeries());
    }
  }
}
