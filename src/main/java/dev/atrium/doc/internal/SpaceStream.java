package dev.atrium.doc.internal;

import dev.atrium.doc.DocStreamEvent;
import dev.atrium.doc.PageAccessChanged;
import dev.atrium.doc.PageChanged;
import dev.atrium.doc.PagesPurged;
import dev.atrium.doc.SpaceChanged;
import dev.atrium.doc.SpaceCreated;
import dev.atrium.realtime.StreamKind;
import dev.atrium.realtime.Streams;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts doc's changes of a space on that space's stream. Plain {@code @EventListener}s, so the entry is
 * appended inside the writer's transaction and commits or rolls back with the change (an after-commit
 * listener could lose it between the commit and the append); {@code realtime} pushes it after commit.
 */
@Component
class SpaceStream {

  private final Streams streams;
  private final StreamKind<DocStreamEvent> kind;
  private final SpaceAudience audience;
  private final Clock clock;

  SpaceStream(
      Streams streams, StreamKind<DocStreamEvent> kind, SpaceAudience audience, Clock clock) {
    this.streams = streams;
    this.kind = kind;
    this.audience = audience;
    this.clock = clock;
  }

  @EventListener
  void on(PageChanged event) {
    append(event.spaceId(), new DocStreamEvent.PageUpdated(event.pageId()));
  }

  @EventListener
  void on(PageAccessChanged event) {
    append(event.spaceId(), new DocStreamEvent.PageAccessUpdated(event.pageId()));
  }

  /** A new space: the people it was made for hear of it (their clients list it). */
  @EventListener
  void on(SpaceCreated event) {
    append(event.spaceId(), new DocStreamEvent.SpaceUpdated(event.spaceId()));
  }

  @EventListener
  void on(SpaceChanged event) {
    append(event.spaceId(), new DocStreamEvent.SpaceUpdated(event.spaceId()));
  }

  @EventListener
  void on(PagesPurged event) {
    append(event.spaceId(), new DocStreamEvent.PagesDeleted(event.pageIds()));
  }

  private void append(UUID spaceId, DocStreamEvent event) {
    streams.append(kind, spaceId, clock.instant(), audience.audience(spaceId), seq -> event);
  }
}
