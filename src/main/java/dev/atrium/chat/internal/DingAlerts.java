package dev.atrium.chat.internal;

import dev.atrium.notify.NoticeGrouping;
import dev.atrium.notify.NoticeKinds;
import dev.atrium.notify.NoticeRequest;
import dev.atrium.notify.NoticeText;
import dev.atrium.notify.Notices;
import dev.atrium.realtime.Frame;
import dev.atrium.realtime.RealtimeGateway;
import dev.atrium.shared.AfterCommit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Tells the people dinged, two ways. Live, after commit: a {@code chat.ding} signal (the DING as
 * they see it) to their open sockets, and {@code chat.ding.acknowledged} to the acknowledger's
 * other sockets and to the author's. A DING is one person's, not a resource's shared history, so it
 * is a signal like {@code notification} rather than a stream: a client that was away asks
 * {@code GET /dings} after {@code ready}, where every unacknowledged one waits. And in the bell, a
 * {@code chat.ding} notice from a durable listener (retried after a crash, once per DING and
 * person). A DING is urgent by its nature: chat's do-not-disturb status does not quieten it.
 */
@Component
class DingAlerts {

  static final String DING = "chat.ding";

  private final RealtimeGateway gateway;
  private final Notices notices;
  private final ObjectMapper json;

  DingAlerts(RealtimeGateway gateway, Notices notices, ObjectMapper json) {
    this.gateway = gateway;
    this.notices = notices;
    this.json = json;
  }

  @Bean
  static NoticeKinds dingNoticeKinds() {
    return new NoticeKinds("chat", List.of(DING));
  }

  @EventListener
  void push(DingToTell event) {
    Frame frame = new Frame.Signal("chat.ding", json.valueToTree(event.ding()));
    AfterCommit.run(() -> gateway.send(event.recipients(), frame));
  }

  @EventListener
  void push(DingAcknowledged event) {
    Frame frame = new Frame.Signal("chat.ding.acknowledged", json.valueToTree(event));
    AfterCommit.run(() -> gateway.send(Set.of(event.personId(), event.authorId()), frame));
  }

  @ApplicationModuleListener
  void tell(DingToTell event) {
    notices.publish(new NoticeRequest(
        DING,
        Set.copyOf(event.recipients()),
        Set.of(event.ding().author().id()),
        List.of(event.ding().author().id()),
        NoticeText.of("chat.notices.ding", Map.of()),
        event.ding().title().isEmpty() ? null : NoticeText.verbatim(event.ding().title()),
        null,
        event.ding().link(),
        null,
        new NoticeGrouping.Once("chat.ding:" + event.ding().id()),
        Set.of()));
  }
}
