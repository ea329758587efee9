package dev.atrium.task.internal;

import dev.atrium.task.TaskCreated;
import dev.atrium.task.internal.TaskJobsTable.DueDigest;
import dev.atrium.task.internal.TaskJobsTable.DueStep;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs tasks' timed notices on every node, each exactly once (as announce's jobs): due soon,
 * overdue, each reminder, and each person's daily digest. A step of a task is sent in a transaction
 * that locks the task with {@code skip locked} (a node that finds it locked leaves it to the one
 * holding it) and claims the step by inserting its {@code task.job_run} row before the notice is
 * written; a digest is claimed the same way, per person and local day. A node that dies mid-way
 * rolls back and the work runs at the next poll of any node; work that fell due while every node
 * was down runs at the first poll after start.
 */
@Component
public class TaskJobs {

  private static final Logger log = LoggerFactory.getLogger(TaskJobs.class);
  private static final int BATCH = 100;

  private final TaskJobsTable jobs;
  private final TaskNotices notices;
  private final TransactionTemplate transactions;
  private final Clock clock;

  TaskJobs(TaskJobsTable jobs, TaskNotices notices, TransactionTemplate transactions, Clock clock) {
    this.jobs = jobs;
    this.notices = notices;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Scheduled(initialDelay = 5_000, fixedDelay = 15_000)
  public void poll() {
    try {
      runDueSteps(clock.instant());
    } catch (RuntimeException e) {
      log.warn("Task notices failed; they run again at the next poll", e);
    }
  }

  /** Digests are daily: a minute late is on time, and the look costs more than a due step's. */
  @Scheduled(initialDelay = 20_000, fixedDelay = 60_000)
  public void pollDigests() {
    try {
      sendDigests(clock.instant());
    } catch (RuntimeException e) {
      log.warn("Task digests failed; they run again at the next poll", e);
    }
  }

  /**
   * Sends the due-soon, overdue and reminder notices whose moment has come by {@code now}, one
   * step per transaction; answers how many this call sent.
   */
  public int runDueSteps(Instant now) {
    int sent = 0;
    for (DueStep step : jobs.dueSteps(now, BATCH)) {
      Boolean done = transactions.execute(status -> run(step, now));
      sent += Boolean.TRUE.equals(done) ? 1 : 0;
    }
    return sent;
  }

  /** Sends the daily digests due by {@code now}, one person per transaction; answers how many. */
  public int sendDigests(Instant now) {
    int sent = 0;
    for (DueDigest digest : jobs.dueDigests(now, BATCH)) {
      Boolean done = transactions.execute(
          status -> jobs.claim(digest.personId(), "digest", digest.at(), stamp(now))
              && notices.digest(digest.personId(), digest.at(), digest.taskIds()));
      sent += Boolean.TRUE.equals(done) ? 1 : 0;
    }
    return sent;
  }

  private boolean run(DueStep step, Instant now) {
    if (!jobs.lockDue(step.taskId(), step.dueAt())
        || !jobs.claim(step.taskId(), step.job(), step.dueAt(), stamp(now))) {
      return false;
    }
    notices.due(step);
    return true;
  }

  /** The zone a person's latest task was created in is where their daily digest comes at 08:30. */
  @EventListener
  void on(TaskCreated event) {
    jobs.rememberZone(event.taskId());
  }

  /** Many tasks made at once by one person: their zone is that of any of them. */
  @EventListener
  void on(PersonalTasksMade event) {
    jobs.rememberZone(event.taskIds().getFirst());
  }

  private static Instant stamp(Instant now) {
    return now.truncatedTo(ChronoUnit.MICROS);
  }
}
