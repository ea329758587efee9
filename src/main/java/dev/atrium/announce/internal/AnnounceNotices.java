package dev.atrium.announce.internal;

import dev.atrium.announce.AnnouncementCommented;
import dev.atrium.announce.AnnouncementDelivered;
import dev.atrium.announce.AnnouncementPublished;
import dev.atrium.announce.AnnouncementReviewed;
import dev.atrium.announce.AnnouncementSubmitted;
import dev.atrium.announce.Importance;
import dev.atrium.notify.NoticeGrouping;
import dev.atrium.notify.NoticeKinds;
import dev.atrium.notify.NoticeRequest;
import dev.atrium.notify.NoticeText;
import dev.atrium.notify.Notices;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Announce's notices, each from a durable listener after announce's commit (never inside it): a
 * publication tells every recipient, in batches of {@link #BATCH} so ten thousand people are a
 * handful of short transactions rather than one long one; a submission tells the reviewers; a
 * review tells the author. Keys make a replay harmless. The kinds {@code announce.reminder} and
 * {@code announce.escalation} are declared here and published by the reminder jobs.
 */
@Component
class AnnounceNotices {

  static final String PUBLISHED = "announce.published";
  static final String REMINDER = "announce.reminder";
  static final String ESCALATION = "announce.escalation";
  static final String REVIEW = "announce.review";
  static final String RETURNED = "announce.returned";
  static final String APPROVED = "announce.approved";
  static final String COMMENT = "announce.comment";
  /** The longest part of a comment a notice quotes, in characters. */
  static final int QUOTE = 200;

  static final int BATCH = 1000;

  private final Notices notices;
  private final RecipientsTable recipients;
  private final AnnouncementsTable announcements;

  AnnounceNotices(Notices notices, RecipientsTable recipients, AnnouncementsTable announcements) {
    this.notices = notices;
    this.recipients = recipients;
    this.announcements = announcements;
  }

  @Bean
  static NoticeKinds announceNoticeKinds() {
    return new NoticeKinds(
        "announce",
        List.of(
            PUBLISHED,
            REMINDER,
            ESCALATION,
            REVIEW,
            RETURNED,
            APPROVED,
            COMMENT,
            ChatLinks.CARD_FAILED));
  }

  @ApplicationModuleListener
  void on(AnnouncementPublished event) {
    UUID after = new UUID(0, 0);
    for (List<UUID> batch = recipients.peopleAfter(event.id(), after, BATCH);
        !batch.isEmpty();
        batch = recipients.peopleAfter(event.id(), after, BATCH)) {
      tellPublished(event.id(), event.authorId(), event.title(), event.importance(), batch);
      after = batch.getLast();
    }
  }

  /** People who joined the audience later hear of it as the others did, unless it was withdrawn meanwhile. */
  @ApplicationModuleListener
  void on(AnnouncementDelivered event) {
    announcements
        .find(event.id())
        .filter(AnnouncementRow::live)
        .ifPresent(row -> tellPublished(
            row.id(), row.authorId(), row.title(), row.importance(), event.personIds()));
  }

  @ApplicationModuleListener
  void on(AnnouncementSubmitted event) {
    publish(
        REVIEW,
        event.reviewerIds(),
        event.authorId(),
        "announce.notices.review",
        event.title(),
        null,
        event.id(),
        "announce.review:" + event.id() + ":" + event.at().toEpochMilli());
  }

  @ApplicationModuleListener
  void on(AnnouncementReviewed event) {
    publish(
        event.approved() ? APPROVED : RETURNED,
        Set.of(event.authorId()),
        event.reviewerId(),
        event.approved() ? "announce.notices.approved" : "announce.notices.returned",
        event.title(),
        event.comment(),
        event.id(),
        "announce.reviewed:" + event.id() + ":" + event.at().toEpochMilli());
  }

  /** The author hears of each comment on their announcement but their own, with its start. */
  @ApplicationModuleListener
  void on(AnnouncementCommented event) {
    if (event.commenterId().equals(event.authorId())) {
      return;
    }
    publish(
        COMMENT,
        Set.of(event.authorId()),
        event.commenterId(),
        "announce.notices.comment",
        event.title(),
        BodyText.excerpt(event.text(), QUOTE),
        event.id(),
        "announce.comment:" + event.commentId());
  }

  private void tellPublished(
      UUID id, UUID authorId, String title, Importance importance, Collection<UUID> people) {
    String key = switch (importance) {
      case URGENT -> "announce.notices.published-urgent";
      case IMPORTANT -> "announce.notices.published-important";
      case NORMAL -> "announce.notices.published";
    };
    publish(
        PUBLISHED, Set.copyOf(people), authorId, key, title, null, id, "announce.published:" + id);
  }

  private void publish(
      String kind,
      Set<UUID> recipients,
      UUID actorId,
      String titleKey,
      String title,
      @Nullable String text,
      UUID id,
      String key) {
    notices.publish(new NoticeRequest(
        kind,
        recipients,
        Set.of(actorId),
        List.of(actorId),
        NoticeText.of(titleKey, Map.of("title", title)),
        text == null ? null : NoticeText.verbatim(text),
        null,
        "/announcements/" + id,
        null,
        new NoticeGrouping.Once(key),
        Set.of()));
  }
}
