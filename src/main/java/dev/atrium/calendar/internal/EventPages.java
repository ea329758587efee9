package dev.atrium.calendar.internal;

import dev.atrium.access.Subject;
import dev.atrium.search.LinkPreview;
import dev.atrium.search.LinkPreviews;
import dev.atrium.shared.DomainException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * An event's agenda or minutes page in the knowledge base ({@code docPageId}). Whether it exists and
 * its writer may read it is asked of the page's own card ({@link LinkPreviews}, search's contract),
 * so the calendar needs no dependency on {@code doc}; readers of the event see the page through the
 * same card, which tells each of them only what they may read.
 */
@Component
public class EventPages {

  // a provider, not a list: the calendar's own card source needs Events, which needs this
  private final ObjectProvider<LinkPreviews> previews;

  EventPages(ObjectProvider<LinkPreviews> previews) {
    this.previews = previews;
  }

  /** Refuses a page that does not exist or the writer may not read (400 {@code calendar.page-unknown}). */
  public void check(Subject writer, @Nullable UUID pageId) {
    if (pageId == null) {
      return;
    }
    String path = "/docs/pages/" + pageId;
    boolean readable = previews
        .orderedStream()
        .map(source -> source.preview(writer, path))
        .flatMap(java.util.Optional::stream)
        .map(LinkPreview::id)
        .anyMatch(pageId::equals);
    if (!readable) {
      throw DomainException.badRequest(
          "calendar.page-unknown", "No such page in the knowledge base, or you may not read it.");
    }
  }
}
