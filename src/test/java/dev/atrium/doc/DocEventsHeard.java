package dev.atrium.doc;

import dev.atrium.shared.AfterCommit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The events doc publishes for notifications, as a listener in another module hears them: only
 * once committed, from whichever thread committed them (an HTTP request, a collab socket).
 */
@Component
class DocEventsHeard {

  private final List<Object> heard = new CopyOnWriteArrayList<>();

  @EventListener
  void on(PageCommented event) {
    AfterCommit.run(() -> heard.add(event));
  }

  @EventListener
  void on(WatchedPageEdited event) {
    AfterCommit.run(() -> heard.add(event));
  }

  @EventListener
  void on(PageMentioned event) {
    AfterCommit.run(() -> heard.add(event));
  }

  <T> List<T> of(Class<T> type, UUID pageId) {
    return heard.stream()
        .filter(type::isInstance)
        .map(type::cast)
        .filter(e -> pageId.equals(pageOf(e)))
        .toList();
  }

  private static UUID pageOf(Object event) {
    return switch (event) {
      case PageCommented e -> e.pageId();
      case WatchedPageEdited e -> e.pageId();
      case PageMentioned e -> e.pageId();
      default -> null;
    };
  }
}
