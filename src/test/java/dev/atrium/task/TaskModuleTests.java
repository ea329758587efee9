package dev.atrium.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.access.Access;
import dev.atrium.access.Subject;
import dev.atrium.org.OrgSetup;
import dev.atrium.org.PersonRef;
import dev.atrium.shared.Ids;
import dev.atrium.shared.PersonalCalendarImport;
import dev.atrium.shared.RequestLimits;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * What tasks tell the other modules (notices, search, links): a task made for someone is
 * {@link TaskAssigned} to them, and completing a recurring one is {@link TaskCompleted} with the
 * next occurrence {@link TaskCreated}. Tasks with the modules they use.
 */
// a real server: realtime's socket endpoint needs a servlet container
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({TaskModuleTests.AuthsRequestLimits.class, TaskModuleTests.CalendarsImport.class})
@TestPropertySource(properties = "atrium.data-dir=target/test-data/task-module-${random.uuid}")
class TaskModuleTests {

  /** realtime draws socket requests on the budget auth defines; auth is not started here. */
  @TestConfiguration
  static class AuthsRequestLimits {
    @Bean
    RequestLimits personRequestLimits(Clock clock) {
      return new RequestLimits(20, 200, clock);
    }
  }

  /**
   * Mail, which tasks draw on, hands invitations that come by mail to the calendar; the calendar is
   * not started here and no test of this class receives mail.
   */
  @TestConfiguration
  static class CalendarsImport {
    @Bean
    PersonalCalendarImport personalCalendarImport() {
      return (personId, ics) -> {
        throw new UnsupportedOperationException("the calendar module is not started here");
      };
    }
  }

  @Autowired
  OrgSetup setup;

  @Autowired
  Access access;

  @Autowired
  Projects projects;

  @Autowired
  Tasks tasks;

  @Autowired
  TaskReader reader;

  @Test
  void aTaskMadeForSomeoneIsAssignedToThem(Scenario scenario) {
    Subject me = administrator();
    Project project = projects.create(
        me, new CreateProject("周会", null, ProjectKind.TEAM, null, null, List.of("待办"), List.of()));
    CreateTask command = new CreateTask(
        project.id(),
        null,
        null,
        "准备议程",
        null,
        List.of(me.personId()),
        null,
        null,
        null,
        null,
        null,
        Priority.HIGH,
        List.of("会议"),
        null,
        null,
        null,
        null,
        null);

    scenario
        .stimulate(() -> tasks.create(me, command))
        .andWaitForEventOfType(TaskAssigned.class)
        .toArriveAndVerify((event, task) -> {
          assertThat(event.taskId()).isEqualTo(task.id());
          assertThat(event.added()).containsExactly(me.personId());
          assertThat(reader.audience(task.id())).containsExactly(me.personId());
          assertThat(reader.find(me, task.id()).orElseThrow().tags()).containsExactly("会议");
        });
  }

  @Test
  void completingARecurringTaskAnnouncesItsNextOccurrence(Scenario scenario) {
    Subject me = administrator();
    CreateTask command = new CreateTask(
        null,
        null,
        null,
        "浇花",
        null,
        null,
        null,
        null,
        Instant.parse("2026-12-07T08:00:00Z"),
        null,
        "Asia/Shanghai",
        null,
        null,
        null,
        null,
        null,
        "FREQ=WEEKLY",
        null);
    Task first = tasks.create(me, command);

    scenario
        .stimulate(() -> tasks.complete(me, first.id()))
        .andWaitForEventOfType(TaskCreated.class)
        .matching(event -> !event.taskId().equals(first.id()))
        .toArriveAndVerify(event -> {
          TaskView next = reader.view(event.taskId()).orElseThrow();
          assertThat(next.dueAt()).isEqualTo(Instant.parse("2026-12-14T08:00:00Z"));
          assertThat(next.state()).isEqualTo(TaskState.OPEN);
          assertThat(reader.view(first.id()).orElseThrow().state()).isEqualTo(TaskState.DONE);
        });
  }

  /** This class's context has a database of its own: the company and its first administrator are made once. */
  private static Subject first;

  private Subject administrator() {
    if (first == null) {
      PersonRef ref = setup.createFirstPerson(
          "Atrium Test Co", "Admin", "admin." + Ids.newId() + "@example.com");
      access.grantFirstSystemAdmin(ref.id());
      first = new Subject(ref.id(), false);
    }
    return first;
  }
}
