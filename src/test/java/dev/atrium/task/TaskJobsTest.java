package dev.atrium.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.atrium.IntegrationTest;
import dev.atrium.access.Subject;
import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import dev.atrium.task.internal.TaskJobs;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each timed notice of a task goes out once: two runners racing at the same moment (and the
 * scheduled poller of this node) send it once, a runner that dies before its commit sends nothing
 * and the next one after the "restart" sends it, and a later run sends nothing again. The runners
 * are given the moment to run at, so a task due in an hour and a half is due soon, reminded and
 * overdue without waiting; the state they go by is only in the database.
 */
@IntegrationTest
class TaskJobsTest {

  @LocalServerPort
  int port;

  @Autowired
  TaskJobs jobs;

  @Autowired
  TransactionTemplate transactions;

  @Autowired
  Tasks tasks;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  ApplicationEventPublisher events;

  @Test
  void dueSoonReminderAndOverdueGoOutOnceWithTwoRunnersRacingAndAfterACrash() throws Exception {
    Api admin = People.admin(port);
    var creator = People.create(port, admin, "到期任务创建人");
    var assignee = People.create(port, admin, "到期任务负责人");
    Instant due = Instant.now().plus(Duration.ofMinutes(90)).truncatedTo(ChronoUnit.SECONDS);
    UUID task = TaskSteps.task(
        creator.api(),
        "title",
        "提交报销单",
        "dueAt",
        due.toString(),
        "reminders",
        List.of(60),
        "assigneeIds",
        List.of(assignee.id()));

    Instant soon = due.minus(Duration.ofMinutes(59));
    race(() -> jobs.runDueSteps(soon));
    Eventually.eventually(
        () -> TaskSteps.kinds(assignee.api(), task),
        kinds -> kinds.contains("task.due-soon") && kinds.contains("task.reminder"));
    assertThat(jobs.runDueSteps(soon)).as("nothing more of it is due then").isZero();

    Instant late = due.plus(Duration.ofMinutes(1));
    transactions.executeWithoutResult(crash -> {
      jobs.runDueSteps(late);
      crash.setRollbackOnly();
    });
    assertThat(TaskSteps.kinds(assignee.api(), task))
        .as("the crashed runner's notice rolled back with its claim")
        .doesNotContain("task.overdue");
    race(() -> jobs.runDueSteps(late));
    assertThat(jobs.runDueSteps(late))
        .as("after a restart, nothing is due again")
        .isZero();

    assertThat(TaskSteps.kinds(assignee.api(), task))
        .containsExactlyInAnyOrder(
            "task.assigned", "task.due-soon", "task.reminder", "task.overdue");
    assertThat(TaskSteps.kinds(creator.api(), task))
        .as("the assignee is told, not the creator")
        .isEmpty();
  }

  @Test
  void theDailyDigestGoesOnceToPeopleWithSomethingDueAndToNobodyElse() throws Exception {
    Api admin = People.admin(port);
    var busy = People.create(port, admin, "今天有任务的人");
    var idle = People.create(port, admin, "今天没任务的人");
    Instant now = Instant.now();
    // a zone where it is daytime now, so 08:30 has passed and the task is due later the same day
    ZoneId zone = Stream.of(
            "Asia/Shanghai",
            "Europe/Berlin",
            "America/New_York",
            "Pacific/Auckland",
            "America/Los_Angeles",
            "Asia/Kolkata",
            "Europe/London",
            "Asia/Tokyo",
            "America/Chicago")
        .map(ZoneId::of)
        .filter(z -> now.atZone(z).getHour() >= 9 && now.atZone(z).getHour() < 21)
        .findFirst()
        .orElseThrow();
    UUID today = TaskSteps.task(
        busy.api(),
        "title",
        "今天交周报",
        "timeZone",
        zone.getId(),
        "dueAt",
        now.plus(Duration.ofHours(1)).toString());
    UUID overdue = TaskSteps.task(
        busy.api(),
        "title",
        "昨天的发票",
        "timeZone",
        zone.getId(),
        "dueAt",
        now.minus(Duration.ofHours(30)).toString());
    TaskSteps.task(
        idle.api(),
        "title",
        "下周的事",
        "timeZone",
        zone.getId(),
        "dueAt",
        now.plus(Duration.ofDays(5)).toString());

    race(() -> jobs.sendDigests(now));
    jobs.sendDigests(now.plus(Duration.ofMinutes(5)));

    List<tools.jackson.databind.JsonNode> digests =
        Eventually.eventually(() -> digests(busy.api()), found -> !found.isEmpty());
    assertThat(digests).hasSize(1);
    assertThat(digests.getFirst().path("title").path("params").path("today").asString())
        .isEqualTo("1");
    assertThat(digests.getFirst().path("title").path("params").path("overdue").asString())
        .isEqualTo("1");
    assertThat(digests.getFirst().path("text").path("params").path("text").asString())
        .isEqualTo("昨天的发票 · 今天交周报");
    assertThat(today).isNotEqualTo(overdue);
    assertThat(digests(idle.api())).as("nothing due today, no digest").isEmpty();
  }

  /**
   * A recurring task's next occurrence, made in the completing transaction, exists once whatever
   * happens: two nodes completing it at the same moment (two threads, each with its own transaction
   * and connection to the one database, which is all two nodes share), a node dying before its
   * commit (rolled back: nothing made, the task still open, the next completion makes it), and a
   * restart, which delivers the completion's events again (republish-outstanding-events-on-restart):
   * no listener makes an occurrence, the completing transaction's insert on (series_id, occurrence)
   * does.
   */
  @Test
  void aRecurringTasksNextOccurrenceIsMadeOnceByTwoNodesAndAfterACrashAndARestart()
      throws Exception {
    Api admin = People.admin(port);
    var owner = People.create(port, admin, "周期任务负责人");
    Subject subject = new Subject(owner.id(), false);
    UUID first = TaskSteps.task(
        owner.api(),
        "title",
        "周会纪要 " + UUID.randomUUID(),
        "dueAt",
        "2027-01-04T02:00:00Z",
        "timeZone",
        "Asia/Shanghai",
        "recurrence",
        "FREQ=WEEKLY;COUNT=3",
        "assigneeIds",
        List.of(owner.id()));

    transactions.executeWithoutResult(crash -> {
      tasks.complete(subject, first);
      crash.setRollbackOnly();
    });
    assertThat(occurrences(first)).as("the crashed node made nothing").containsExactly(1);
    assertThat(stateOf(first)).isEqualTo("OPEN");

    race(() -> completeInOwnTransaction(subject, first));
    assertThat(occurrences(first)).containsExactly(1, 2);
    tasks.reopen(subject, first);
    race(() -> completeInOwnTransaction(subject, first));
    assertThat(occurrences(first))
        .as("completed again, on either node: the series has occurrence 2 already")
        .containsExactly(1, 2);

    transactions.executeWithoutResult(
        restart -> events.publishEvent(new TaskCompleted(first, owner.id())));
    assertThat(occurrences(first)).containsExactly(1, 2);

    UUID second = jdbc.sql("select id from task.task where series_id = ? and occurrence = 2")
        .param(first)
        .query(UUID.class)
        .single();
    race(() -> completeInOwnTransaction(subject, second));
    UUID third = jdbc.sql("select id from task.task where series_id = ? and occurrence = 3")
        .param(first)
        .query(UUID.class)
        .single();
    race(() -> completeInOwnTransaction(subject, third));
    assertThat(occurrences(first)).as("COUNT=3 ends the series").containsExactly(1, 2, 3);
    assertThat(jdbc.sql("select due_at from task.task where series_id = ? order by occurrence")
            .param(first)
            .query(Instant.class)
            .list())
        .containsExactly(
            Instant.parse("2027-01-04T02:00:00Z"),
            Instant.parse("2027-01-11T02:00:00Z"),
            Instant.parse("2027-01-18T02:00:00Z"));
  }

  /**
   * A recurring task's subtasks come along to its next occurrence, open again, with their titles,
   * assignees and order, their dates moved as the parent's due moved; made with the occurrence in
   * the completing transaction, so two nodes completing it, and a completion after a reopen, make
   * them once.
   */
  @Test
  void aRecurringTasksSubtasksComeAlongToItsNextOccurrenceOnce() throws Exception {
    Api admin = People.admin(port);
    var owner = People.create(port, admin, "周期任务负责人");
    Subject subject = new Subject(owner.id(), false);
    UUID first = TaskSteps.task(
        owner.api(),
        "title",
        "周报 " + UUID.randomUUID(),
        "dueAt",
        "2027-03-26T09:00:00Z",
        "timeZone",
        "Europe/Berlin",
        "recurrence",
        "FREQ=WEEKLY",
        "assigneeIds",
        List.of(owner.id()));
    TaskSteps.task(
        owner.api(),
        "parentId",
        first,
        "title",
        "收集数据",
        "dueAt",
        "2027-03-25T16:00:00Z",
        "timeZone",
        "Europe/Berlin",
        "assigneeIds",
        List.of(owner.id()));
    UUID write = TaskSteps.task(owner.api(), "parentId", first, "title", "写初稿");
    tasks.complete(subject, write);

    race(() -> completeInOwnTransaction(subject, first));
    tasks.reopen(subject, first);
    race(() -> completeInOwnTransaction(subject, first));

    assertThat(occurrences(first)).containsExactly(1, 2);
    UUID second = jdbc.sql("select id from task.task where series_id = ? and occurrence = 2")
        .param(first)
        .query(UUID.class)
        .single();
    var next = tasks.get(subject, second);
    assertThat(next.subtasks())
        .as("both subtasks, once, in their order, open again")
        .extracting(TaskCard::title, TaskCard::state)
        .containsExactly(tuple("收集数据", TaskState.OPEN), tuple("写初稿", TaskState.OPEN));
    TaskCard collect = next.subtasks().getFirst();
    assertThat(collect.assignees()).extracting(TaskPerson::id).containsExactly(owner.id());
    assertThat(collect.dueAt())
        .as("a day before the parent's due, 17:00 in Berlin, across the change to summer time")
        .isEqualTo(Instant.parse("2027-04-01T15:00:00Z"));
    assertThat(next.dueAt()).isEqualTo(Instant.parse("2027-04-02T08:00:00Z"));
    assertThat(next.subtasks().get(1).dueAt()).isNull();
    assertThat(tasks.get(subject, first).subtasks())
        .as("the completed occurrence keeps its own")
        .hasSize(2);
  }

  private int completeInOwnTransaction(Subject subject, UUID taskId) {
    transactions.executeWithoutResult(own -> tasks.complete(subject, taskId));
    return 1;
  }

  private List<Integer> occurrences(UUID series) {
    return jdbc.sql("select occurrence from task.task where series_id = ? order by occurrence")
        .param(series)
        .query(Integer.class)
        .list();
  }

  private String stateOf(UUID taskId) {
    return jdbc.sql("select state from task.task where id = ?")
        .param(taskId)
        .query(String.class)
        .single();
  }

  private static List<tools.jackson.databind.JsonNode> digests(Api api) {
    List<tools.jackson.databind.JsonNode> found = new ArrayList<>();
    api.get("/api/v1/notifications?limit=100").body().path("items").forEach(item -> {
      if (item.path("kind").asString().equals("task.digest")) {
        found.add(item);
      }
    });
    return found;
  }

  /** Two runners started together; answers what they sent between them. */
  private static int race(IntSupplier runner) throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    List<Future<Integer>> runs = new ArrayList<>();
    try (var threads = Executors.newFixedThreadPool(2)) {
      for (int i = 0; i < 2; i++) {
        runs.add(threads.submit(() -> {
          together.await();
          return runner.getAsInt();
        }));
      }
    }
    int sent = 0;
    for (Future<Integer> run : runs) {
      sent += run.get();
    }
    return sent;
  }
}
