package dev.atrium.announce.internal;

import dev.atrium.access.Subject;
import dev.atrium.announce.AnnouncementPublished;
import dev.atrium.announce.Importance;
import dev.atrium.chat.ChatAlerts;
import dev.atrium.org.OrgDirectory;
import dev.atrium.shared.DomainException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What a publication does in chat, through chat's own paths ({@code chat::alerts}): a link to it
 * in the channel the author chose, which chat unfurls as a card, and for an urgent one a DING to
 * every recipient. Both follow announce's commit durably and chat makes both safe to repeat, so a
 * replay posts and rings nobody twice.
 */
@Component
class ChatLinks {

  private static final Logger log = LoggerFactory.getLogger(ChatLinks.class);

  private final ChatAlerts chat;
  private final RecipientsTable recipients;
  private final OrgDirectory directory;

  ChatLinks(ChatAlerts chat, RecipientsTable recipients, OrgDirectory directory) {
    this.chat = chat;
    this.recipients = recipients;
    this.directory = directory;
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
   * announcement stands without its card, and retrying would not change chat's answer.
   */
  private void post(AnnouncementPublished event, UUID channelId, String link) {
    boolean guest = directory.find(event.authorId()).map(p -> p.guest()).orElse(true);
    String text = "[" + event.title().replace("]", "\\]") + "](" + link + ")";
    try {
      chat.postLink(new Subject(event.authorId(), guest), channelId, text);
    } catch (DomainException refused) {
      log.warn(
          "Announcement {} not linked in channel {}: {}",
          event.id(),
          channelId,
          refused.getMessage());
    }
  }
}
