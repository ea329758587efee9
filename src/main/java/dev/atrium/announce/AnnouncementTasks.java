package dev.atrium.announce;

import dev.atrium.access.Subject;
import dev.atrium.announce.internal.RecipientsTable;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the tasks module needs of an announcement that carries a task ("submit your form by
 * Friday", named interface {@code announce::tasks}, ADR 0010): whether someone may still plan its
 * task, and who received it once {@link AnnouncementPublished} says it was published.
 */
@NamedInterface("tasks")
@Service
public class AnnouncementTasks {

  private final Announcements announcements;
  private final RecipientsTable recipients;

  AnnouncementTasks(Announcements announcements, RecipientsTable recipients) {
    this.announcements = announcements;
    this.recipients = recipients;
  }

  /**
   * Whether the subject may give the announcement a task now: they may edit it and it is not
   * published (nor withdrawn) yet. 404 {@code announce.not-found} when they may not see it.
   */
  @Transactional(readOnly = true)
  public boolean mayPlan(Subject subject, UUID announcementId) {
    Announcement announcement = announcements.get(subject, announcementId);
    return announcement.capabilities().edit()
        && announcement.state() != AnnouncementState.PUBLISHED
        && announcement.state() != AnnouncementState.WITHDRAWN;
  }

  /** The people it was published to, in id order after {@code after}, at most {@code limit}. */
  @Transactional(readOnly = true)
  public List<UUID> recipientsAfter(UUID announcementId, UUID after, int limit) {
    return recipients.peopleAfter(announcementId, after, limit);
  }
}
