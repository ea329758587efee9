package dev.atrium.notify;

import dev.atrium.notify.internal.Inbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a module tells people: it calls {@link #publish} from a durable listener of its own event
 * ({@code @ApplicationModuleListener}), so the notice is written after the module's commit and a
 * crash before it finishes is retried from the event publication registry; the request's
 * {@link NoticeGrouping} makes the retry harmless. Never call it from a business transaction.
 */
@Service
public class Notices {

  private final Inbox inbox;

  Notices(Inbox inbox) {
    this.inbox = inbox;
  }

  /** Writes the notice for each recipient who wants its kind, and pushes it to those not in do not disturb. */
  @Transactional
  public void publish(NoticeRequest request) {
    inbox.deliver(request);
  }
}
