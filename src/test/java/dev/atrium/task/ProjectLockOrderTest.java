package dev.atrium.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.access.Subject;
import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A change whose cards go on another project's stream (completing a task that a task of another
 * project waits for) takes both projects' locks in id order before writing, so two such writers
 * crossing each other's projects queue instead of deadlocking. Shown with a writer holding the
 * lower project's lock: the change in the higher project waits for it before taking its own.
 */
@IntegrationTest
class ProjectLockOrderTest {

  @LocalServerPort
  int port;

  @Autowired
  Tasks tasks;

  @Autowired
  TransactionTemplate transactions;

  @Autowired
  JdbcClient jdbc;

  @Test
  void aChangeReachingAnotherProjectTakesItsLockInIdOrderBeforeItsOwn() throws Exception {
    Api admin = People.admin(port);
    var owner = People.create(port, admin, "跨项目依赖负责人");
    UUID one = TaskSteps.project(owner.api(), "前端", Map.of());
    UUID two = TaskSteps.project(owner.api(), "后端", Map.of());
    UUID lower = one.compareTo(two) < 0 ? one : two;
    UUID higher = lower.equals(one) ? two : one;
    UUID blocker = TaskSteps.task(owner.api(), "projectId", higher, "title", "接口定稿");
    UUID waiting = TaskSteps.task(
        owner.api(), "projectId", lower, "title", "页面联调", "blockedByIds", List.of(blocker));

    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (var threads = Executors.newFixedThreadPool(2)) {
      // another writer of the lower project, holding its lock
      Future<?> holder = threads.submit(() -> transactions.executeWithoutResult(tx -> {
        jdbc.sql("select id from task.project where id = ? for update")
            .param(lower)
            .query()
            .listOfRows();
        held.countDown();
        await(release);
      }));
      Future<Task> completing;
      try {
        await(held);
        completing = threads.submit(() -> tasks.complete(new Subject(owner.id(), false), blocker));
        Eventually.eventually(this::waitingOnAProjectLock, n -> n > 0);
        assertThat(lockable(higher))
            .as("it waits for the lower project's lock before taking its own")
            .isTrue();
      } finally {
        release.countDown();
      }
      holder.get();
      assertThat(completing.get().state()).isEqualTo(TaskState.DONE);
    }
    var card = owner.api().get("/api/v1/tasks/" + waiting).body();
    assertThat(card.path("blockedBy").path(0).path("state").asString()).isEqualTo("DONE");
  }

  private int waitingOnAProjectLock() {
    return jdbc.sql("""
        select count(*) from pg_stat_activity
         where wait_event_type = 'Lock' and query like '%task.project%'
        """).query(Integer.class).single();
  }

  /** Whether another transaction could take the project's lock now (it is not held). */
  private boolean lockable(UUID project) {
    Boolean free = transactions.execute(tx -> {
      tx.setRollbackOnly();
      return !jdbc.sql("select id from task.project where id = ? for update skip locked")
          .param(project)
          .query(UUID.class)
          .list()
          .isEmpty();
    });
    return Boolean.TRUE.equals(free);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
