package dev.atrium.calendar;

import static dev.atrium.calendar.InvitationSteps.answerOccurrence;
import static dev.atrium.calendar.InvitationSteps.event;
import static dev.atrium.calendar.InvitationSteps.kinds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.calendar.internal.CalendarReminders;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each reminder of each occurrence goes out once: running the job twice at the same moment sends
 * nothing more, a run that dies before its commit sends nothing and the next one sends it, and a
 * series reminds of its next occurrence, not of one its attendee declined. The job is given the
 * moment to run at; what it goes by is only in the database.
 */
@IntegrationTest
class CalendarRemindersTest {

  @LocalServerPort
  int port;

  @Autowired
  CalendarReminders reminders;

  @Autowired
  TransactionTemplate transactions;

  @Test
  void eachReminderOfAMeetingGoesOutOnceEvenWhenTheJobRunsTwiceOrCrashes() {
    Api admin = People.admin(port);
    var organizer = People.create(port, admin, "提醒的组织者");
    var attendee = People.create(port, admin, "被提醒的人");
    Instant start = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
    var eventId = event(
        organizer.api(),
        organizer.id(),
        "客户拜访",
        start,
        start.plus(Duration.ofHours(1)),
        List.of(attendee.id()),
        "reminders",
        List.of(60, 15));

    Instant hourBefore = start.minus(Duration.ofMinutes(59));
    transactions.executeWithoutResult(crash -> {
      reminders.runDue(hourBefore);
      crash.setRollbackOnly();
    });
    assertThat(kinds(attendee.api(), eventId))
        .as("the crashed run's reminder rolled back with its claim")
        .doesNotContain("calendar.reminder");
    reminders.runDue(hourBefore);
    reminders.runDue(hourBefore);
    assertThat(reminderKeys(attendee.api(), eventId))
        .containsExactly("calendarNotices.reminder-hours");
    assertThat(reminderKeys(organizer.api(), eventId))
        .as("the organiser attends too")
        .containsExactly("calendarNotices.reminder-hours");

    Instant quarterBefore = start.minus(Duration.ofMinutes(14));
    reminders.runDue(quarterBefore);
    reminders.runDue(quarterBefore);
    assertThat(reminderKeys(attendee.api(), eventId))
        .containsExactlyInAnyOrder(
            "calendarNotices.reminder-hours", "calendarNotices.reminder-minutes");
  }

  @Test
  void aSeriesRemindsOfEachOccurrenceButTheOneDeclined() {
    Api admin = People.admin(port);
    var organizer = People.create(port, admin, "例会组织者");
    var attendee = People.create(port, admin, "例会参加者");
    Instant first = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
    var eventId = event(
        organizer.api(),
        organizer.id(),
        "晨会",
        first,
        first.plus(Duration.ofMinutes(15)),
        List.of(attendee.id()),
        "recurrence",
        "FREQ=DAILY;COUNT=3",
        "reminders",
        List.of(10));
    Instant second = first.plus(Duration.ofDays(1));
    assertThat(answerOccurrence(attendee.api(), eventId, "DECLINED", second).status())
        .isEqualTo(200);

    for (Instant occurrence : List.of(first, second, second.plus(Duration.ofDays(1)))) {
      reminders.runDue(occurrence.minus(Duration.ofMinutes(9)));
      reminders.runDue(occurrence.minus(Duration.ofMinutes(9)));
    }
    assertThat(reminderKeys(organizer.api(), eventId)).hasSize(3);
    assertThat(reminderKeys(attendee.api(), eventId))
        .as("the first and the third; the second was declined")
        .hasSize(2);
  }

  private static List<String> reminderKeys(Api api, java.util.UUID eventId) {
    return InvitationSteps.notices(api, eventId).stream()
        .filter(n -> n.path("kind").asString().equals("calendar.reminder"))
        .map(n -> n.path("title").path("key").asString())
        .toList();
  }
}
