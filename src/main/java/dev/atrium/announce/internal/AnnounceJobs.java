package dev.atrium.announce.internal;

import dev.atrium.announce.Publication;
import dev.atrium.announce.internal.JobsTable.DueStep;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs announcements' timed work on every node, each piece exactly once: scheduled publication (the
 * announcement's row locked with {@code skip locked}, then published by the core in that
 * transaction), planned reminders and escalation (each step claimed by inserting its
 * {@code announce.job_run} row in the transaction that sends its notices). A node that dies mid-way
 * rolls back, and the work runs at the next poll of any node; work due while every node was down
 * runs at the first poll after start.
 */
@Component
public class AnnounceJobs {

  private static final Logger log = LoggerFactory.getLogger(AnnounceJobs.class);
  private static final int BATCH = 50;

  private final JobsTable jobs;
  private final Publication publication;
  private final RemindersTable reminders;
  private final StatsQueries queries;
  private final ReminderNotices notices;
  private final TransactionTemplate transactions;
  private final Clock clock;

  AnnounceJobs(
      JobsTable jobs,
      Publication publication,
      RemindersTable reminders,
      StatsQueries queries,
      ReminderNotices notices,
      TransactionTemplate transactions,
      Clock clock) {
    this.jobs = jobs;
    this.publication = publication;
    this.reminders = reminders;
    this.queries = queries;
    this.notices = notices;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Scheduled(initialDelay = 3_000, fixedDelay = 3_000)
  public void poll() {
    try {
      publishDue();
      runDueSteps();
    } catch (RuntimeException e) {
      log.warn("Announcement jobs failed; they run again at the next poll", e);
    }
  }

  /**
   * Publishes the scheduled announcements whose time has come, each in its own transaction that
   * first locks its row with {@code skip locked}: a node that finds it locked leaves it to the node
   * holding it instead of waiting. Answers how many this call published.
   */
  public int publishDue() {
    int published = 0;
    for (UUID id : jobs.dueScheduled(clock.instant(), BATCH)) {
      Boolean done = transactions.execute(
          status -> jobs.lockScheduled(id, clock.instant()) && publication.publishDue(id));
      published += Boolean.TRUE.equals(done) ? 1 : 0;
    }
    return published;
  }

  /**
   * Runs the due steps of reminder plans, one announcement per transaction; answers how many steps
   * this call claimed. When several reminders of one announcement are due at once (a node was down
   * past two of them, or the plan was changed), they are claimed together and sent once.
   */
  public int runDueSteps() {
    Map<UUID, List<DueStep>> byAnnouncement = new LinkedHashMap<>();
    for (DueStep step : jobs.dueSteps(clock.instant(), BATCH)) {
      byAnnouncement
          .computeIfAbsent(step.announcementId(), id -> new ArrayList<>())
          .add(step);
    }
    int claimed = 0;
    for (var entry : byAnnouncement.entrySet()) {
      Integer ran = transactions.execute(status -> run(entry.getKey(), entry.getValue()));
      claimed += ran == null ? 0 : ran;
    }
    return claimed;
  }

  private int run(UUID announcementId, List<DueStep> steps) {
    AnnouncementHead head = queries.head(announcementId).orElse(null);
    if (head == null || !head.state().equals("PUBLISHED")) {
      return 0;
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    int claimed = 0;
    @Nullable String reminder = null;
    boolean escalate = false;
    for (DueStep step : steps) {
      if (!reminders.claim(announcementId, step.step(), now)) {
        continue;
      }
      claimed++;
      if (step.escalation()) {
        escalate = true;
      } else {
        reminder = step.step();
      }
    }
    if (reminder != null) {
      notices.remind(head, head.authorId(), reminders.markReminded(head, null, now), reminder);
    }
    if (escalate) {
      notices.escalate(head, reminders.markEscalated(head, now));
    }
    return claimed;
  }
}
