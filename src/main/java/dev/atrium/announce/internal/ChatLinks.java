package dev.atrium.announce.internal;

import dev.atrium.access.Subject;
import dev.atrium.announce.AnnouncementPublished;
import dev.atrium.announce.Importance;
import dev.atrium.chat.ChatAlerts;
import dev.atrium.notify.NoticeGrouping;
import dev.atrium.notify.NoticeRequest;
import dev.atrium.notify.NoticeText;
import dev.atrium.notify.Notices;
import dev.atrium.org.OrgDirectory;
import dev.atrium.shared.DomainException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a publication does in chat, through chat's own paths ({@code chat::alerts}): a link to it
 * in the channel the author chose, which chat unfurls as a card, and for an urgent one a DING to
 * every recipient. Both follow announce's commit durably and chat makes both safe to repeat, so a
 * replay posts and rings nobody twice.
 */
@Component
class ChatLinks {

  /** The notice that tells an author their announcement's card could not be posted, and why. */
  static final String CARD_FAILED = "announce.card-failed";

  private static final Logger log = LoggerFactory.getLogger(ChatLinks.class);

  private final ChatAlerts chat;
  private final RecipientsTable recipients;
  private final OrgDirectory directory;
  private final Notices notices;
  private final TransactionTemplate ownTransaction;

  ChatLinks(
      ChatAlerts chat,
      RecipientsTable recipients,
      OrgDirectory directory,
      Notices notices,
      TransactionTemplate transactions) {
    this.chat = chat;
    this.recipients = recipients;
    this.directory = directory;
    this.notices = notices;
    // chat's refusal marks the transaction it ran in for rollback: the post gets one of its own, so
    // the listener's (the author's notice, the DINGs, the publication's completion) still commits
    this.ownTransaction =
        new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @ApplicationModuleListener
  void on(AnnouncementPublished event) {
    String link = "/announcements/" + event.id();
    UUID channelId = event.channelId();
    if (channelId != null) {
      post(event, channelId, link);
    }
    if (event.importance() == Importance.URGENT) {
      UUID after = new UUID(0, 0);
      for (List<UUID> batch = recipients.peopleAfter(event.id(), after, AnnounceNotices.BATCH);
          !batch.isEmpty();
          batch = recipients.peopleAfter(event.id(), after, AnnounceNotices.BATCH)) {
        chat.ding(event.authorId(), batch, event.title(), link);
        after = batch.getLast();
      }
    }
  }

  /**
   * The author may have left the channel or lost the right to post since choosing it: the
   * announcement stands without its card, and retrying would not change chat's answer. The author
   * is told ({@code announce.card-failed}), with chat's reason as its translated error, once per
   * announcement and channel.
   */
  private void post(AnnouncementPublished event, UUID channelId, String link) {
    boolean guest = directory.find(event.authorId()).map(p -> p.guest()).orElse(true);
    String text = "[" + event.title().replace("]", "\\]") + "](" + link + ")";
    try {
      ownTransaction.executeWithoutResult(
          status -> chat.postLink(new Subject(event.authorId(), guest), channelId, text));
    } catch (DomainException refused) {
      log.warn(
          "Announcement {} not linked in channel {}: {}",
          event.id(),
          channelId,
          refused.getMessage());
      notices.publish(new NoticeRequest(
          CARD_FAILED,
          Set.of(event.authorId()),
          Set.of(),
          // no actor: notify leaves actors out of the recipients, and the author is the one told
          List.of(),
          NoticeText.of("announce.notices.card-failed", Map.of("title", event.title())),
          NoticeText.of("errors." + refused.code(), Map.of()),
          null,
          link,
          null,
          new NoticeGrouping.Once("announce.card-failed:" + event.id() + ":" + channelId),
          Set.of()));
    }
  }
}
