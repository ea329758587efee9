package dev.atrium.org.internal;

import java.time.Duration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Replays org's events to the listeners that failed on them, every minute, rather than at the next
 * start only. An import of thousands of people starts thousands of after-commit listeners at once
 * (the people index, chat's channels); those that wait longer than the connection pool's five
 * seconds fail, and their publications stay in the registry marked failed. Replays go a few at a
 * time, so as not to repeat the crowd. Every listener of org's events is idempotent (it reads what
 * org says now), so a replay only finishes what failed.
 */
@Component
class FailedListenerReplay {

  private final FailedEventPublications failed;

  FailedListenerReplay(FailedEventPublications failed) {
    this.failed = failed;
  }

  @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
  void replay() {
    String org = FailedListenerReplay.class.getPackageName().replace(".internal", "");
    failed.resubmit(ResubmissionOptions.defaults()
        .withMinAge(Duration.ofMinutes(1))
        .withMaxInFlight(8)
        .withFilter(
            publication -> publication.getEvent().getClass().getPackageName().equals(org)));
  }
}
