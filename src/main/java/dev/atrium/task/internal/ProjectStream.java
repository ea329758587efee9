package dev.atrium.task.internal;

import dev.atrium.realtime.StreamKind;
import dev.atrium.realtime.Streams;
import dev.atrium.task.TaskStreamEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The one write path of a project's stream (kind {@code task.project}): the writer holds the
 * project's row lock ({@link ProjectsTable#lock}), this moves {@code task.project.last_seq} on and
 * hands that position to {@link Streams#appendAt}, so the two never part and entries follow commit
 * order. Recipients are chosen now, in the writing transaction: the people who may view the project.
 */
@Component
public class ProjectStream {

  private final Streams streams;
  private final StreamKind<TaskStreamEvent> kind;
  private final ProjectsTable projects;
  private final ProjectAudience audience;
  private final Clock clock;

  ProjectStream(
      Streams streams,
      StreamKind<TaskStreamEvent> kind,
      ProjectsTable projects,
      ProjectAudience audience,
      Clock clock) {
    this.streams = streams;
    this.kind = kind;
    this.projects = projects;
    this.audience = audience;
    this.clock = clock;
  }

  /** Appends the events in order; the caller holds the project's lock. */
  public void append(UUID projectId, Collection<? extends TaskStreamEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    Collection<UUID> recipients = audience.audience(projectId);
    // one time for what one change appends, so its entries read as one moment
    Instant at = clock.instant();
    for (TaskStreamEvent event : events) {
      long seq = projects.nextSeq(projectId);
      streams.appendAt(kind, projectId, seq, at, recipients, event);
    }
  }

  public void append(UUID projectId, TaskStreamEvent event) {
    append(projectId, java.util.List.of(event));
  }

  /** Declares the stream kind to {@code realtime}. */
  @Configuration(proxyBeanMethods = false)
  static class Kind {
    @Bean
    StreamKind<TaskStreamEvent> projectStreamKind(ProjectAudience audience) {
      return new StreamKind<>("task.project", TaskStreamEvent.class, audience);
    }
  }
}
