package dev.atrium.mail.internal;

import dev.atrium.access.ResourceAccess;
import dev.atrium.notify.NoticeGrouping;
import dev.atrium.notify.NoticeKinds;
import dev.atrium.notify.NoticeRequest;
import dev.atrium.notify.NoticeText;
import dev.atrium.notify.Notices;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mail's notices, from durable listeners after the store's commit: new mail, folded per mailbox
 * while unread (a burst of mail is one row: "12 new mails, latest from …"), told to whoever reads
 * the mailbox; and a bounce, told to the sender's mailbox once.
 */
@Component
public class MailNotices {

  static final String RECEIVED = "mail.received";
  static final String BOUNCED = "mail.bounced";

  private final Notices notices;
  private final ResourceAccess access;

  MailNotices(Notices notices, ResourceAccess access) {
    this.notices = notices;
    this.access = access;
  }

  @Bean
  static NoticeKinds mailNoticeKinds() {
    return new NoticeKinds("mail", List.of(RECEIVED, BOUNCED));
  }

  /**
   * Personal mailboxes the store knew the owner of go in one request (each person has one, so the
   * key folds per person); other mailboxes one request each, to their readers.
   */
  @ApplicationModuleListener
  void on(MailReceived event) {
    String from =
        event.from().name().isBlank() ? event.from().address() : event.from().name();
    Map<String, String> params = Map.of("from", from, "subject", event.subject());
    Set<UUID> owners = new LinkedHashSet<>();
    event.messages().keySet().forEach(box -> {
      UUID owner = event.owners().get(box);
      if (owner != null) {
        owners.add(owner);
      } else {
        tell(access.people(MailResources.MAILBOX, box, "reader"), box, params);
      }
    });
    if (!owners.isEmpty()) {
      notices.publish(request(RECEIVED, owners, params, "/mail", "mail.received:personal"));
    }
  }

  @ApplicationModuleListener
  void on(MailBounced event) {
    notices.publish(request(
        BOUNCED,
        access.people(MailResources.MAILBOX, event.mailboxId(), "reader"),
        Map.of("recipients", String.join(", ", event.recipients())),
        "/mail/" + event.mailboxId(),
        "mail.bounced:" + event.contentId()));
  }

  private void tell(Set<UUID> readers, UUID mailboxId, Map<String, String> params) {
    if (!readers.isEmpty()) {
      notices.publish(
          request(RECEIVED, readers, params, "/mail/" + mailboxId, "mail.received:" + mailboxId));
    }
  }

  private static NoticeRequest request(
      String kind, Set<UUID> recipients, Map<String, String> params, String link, String key) {
    return new NoticeRequest(
        kind,
        recipients,
        Set.of(),
        List.of(),
        NoticeText.of("mailNotices." + kind.substring(kind.indexOf('.') + 1), params),
        null,
        null,
        link,
        null,
        BOUNCED.equals(kind)
            ? new NoticeGrouping.Once(key)
            : new NoticeGrouping.FoldWhileUnread(key),
        Set.of());
  }
}
