package dev.atrium.announce;

import dev.atrium.access.Subject;
import dev.atrium.announce.internal.AnnouncementRow;
import dev.atrium.announce.internal.AnnouncementVersionsTable;
import dev.atrium.announce.internal.AnnouncementsTable;
import dev.atrium.announce.internal.RecipientsTable;
import dev.atrium.announce.internal.SettingsTable;
import dev.atrium.shared.DomainException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves announcements through their states: publish now, schedule, wait for a reviewer, approve or
 * return, withdraw. Publishing resolves the audience once and records it as the recipients, in one
 * statement whatever its size; notices and chat's card follow from {@link AnnouncementPublished}
 * after the commit, never inside it.
 */
@Service
public class Publication {

  private final Announcements announcements;
  private final AnnouncementsTable table;
  private final RecipientsTable recipients;
  private final AnnouncementVersionsTable versions;
  private final SettingsTable settings;
  private final Audiences audiences;
  private final Authorities authorities;
  private final AnnouncementViews views;
  private final ApplicationEventPublisher events;

  Publication(
      Announcements announcements,
      AnnouncementsTable table,
      RecipientsTable recipients,
      AnnouncementVersionsTable versions,
      SettingsTable settings,
      Audiences audiences,
      Authorities authorities,
      AnnouncementViews views,
      ApplicationEventPublisher events) {
    this.announcements = announcements;
    this.table = table;
    this.recipients = recipients;
    this.versions = versions;
    this.settings = settings;
    this.audiences = audiences;
    this.authorities = authorities;
    this.views = views;
    this.events = events;
  }

  /**
   * Publishes a draft, a returned or a scheduled one now ({@code at} absent) or schedules it; either
   * waits for a reviewer first when the audience is larger than the approval threshold or
   * company-wide while that needs approval (a reviewer's own announcements do not wait).
   */
  @Transactional
  public Announcement publish(Subject subject, UUID id, PublishAnnouncement command) {
    Seen seen = announcements.seenForUpdate(subject, id);
    if (!seen.capabilities(announcements.now()).publish()) {
      throw DomainException.conflict(
          "announce.not-publishable",
          "Only its author publishes a draft, a returned or a scheduled announcement.");
    }
    AnnouncementRow row = seen.row();
    Instant now = announcements.now();
    Instant at = command.at();
    if (at != null && !at.isAfter(now)) {
      throw DomainException.badRequest(
          "announce.schedule-in-past", "Choose a time in the future, or publish now.");
    }
    Announcements.checkExpiry(row.expiresAt(), at == null ? now : at);
    Audience audience = views.audience(row.audience());
    Map<UUID, Optional<UUID>> people = audiences.checked(subject, audience);
    if (needsApproval(subject, audience, people.size())) {
      table.setState(id, AnnouncementState.PENDING_APPROVAL, at, null, null, now);
      events.publishEvent(
          new AnnouncementSubmitted(id, row.authorId(), row.title(), now, authorities.reviewers()));
    } else if (at != null) {
      table.setState(id, AnnouncementState.SCHEDULED, at, null, null, now);
    } else {
      deliver(row, people, now);
    }
    return announcements.get(subject, id);
  }

  private boolean needsApproval(Subject subject, Audience audience, int size) {
    if (authorities.reviewer(subject)) {
      return false;
    }
    ApprovalSettings rules = settings.read();
    return audience.company() && rules.companyWideNeedsApproval()
        || rules.approvalThreshold() != null && size > rules.approvalThreshold();
  }

  /**
   * Publishes a scheduled announcement whose time has come; the publication job calls it. Safe to
   * call twice, on two nodes at once: the row is locked and only a SCHEDULED one that is due moves,
   * so the second call finds it published and does nothing. The audience is resolved now, so people
   * who joined or left it since the scheduling count as they are at publication.
   *
   * @return true when this call published it
   */
  @Transactional
  public boolean publishDue(UUID id) {
    Optional<AnnouncementRow> locked = table.lock(id);
    Instant now = announcements.now();
    if (locked.isEmpty()
        || locked.get().state() != AnnouncementState.SCHEDULED
        || locked.get().publishAt() == null
        || locked.get().publishAt().isAfter(now)) {
      return false;
    }
    AnnouncementRow row = locked.get();
    Map<UUID, Optional<UUID>> people = audiences.resolve(views.audience(row.audience()));
    deliver(row, people, now);
    return true;
  }

  /** A reviewer approves: published now, or at its time when that is still ahead. */
  @Transactional
  public Announcement approve(Subject subject, UUID id) {
    AnnouncementRow row = reviewable(subject, id);
    Instant now = announcements.now();
    if (row.publishAt() != null && row.publishAt().isAfter(now)) {
      table.setState(
          id, AnnouncementState.SCHEDULED, row.publishAt(), null, subject.personId(), now);
    } else {
      table.setState(id, AnnouncementState.PENDING_APPROVAL, null, null, subject.personId(), now);
      deliver(row, audiences.resolve(views.audience(row.audience())), now);
    }
    events.publishEvent(new AnnouncementReviewed(
        id, row.authorId(), subject.personId(), row.title(), true, null, now));
    return announcements.get(subject, id);
  }

  /** A reviewer returns it to its author, saying why; the author may change it and publish again. */
  @Transactional
  public Announcement sendBack(Subject subject, UUID id, ReturnAnnouncement command) {
    AnnouncementRow row = reviewable(subject, id);
    Instant now = announcements.now();
    String comment = command.comment().strip();
    table.setState(id, AnnouncementState.RETURNED, null, comment, subject.personId(), now);
    events.publishEvent(new AnnouncementReviewed(
        id, row.authorId(), subject.personId(), row.title(), false, comment, now));
    return announcements.get(subject, id);
  }

  private AnnouncementRow reviewable(Subject subject, UUID id) {
    Seen seen = announcements.seenForUpdate(subject, id);
    if (!seen.reviewer()) {
      throw DomainException.forbidden(
          "announce.not-reviewer", "Only reviewers approve or return announcements.");
    }
    if (seen.row().state() != AnnouncementState.PENDING_APPROVAL) {
      throw DomainException.conflict(
          "announce.not-pending", "This announcement does not wait for approval.");
    }
    return seen.row();
  }

  /**
   * Withdraws (撤回) a published one: its readers lose it, from lists, search and links; its author
   * and auditors keep it. A scheduled one or one waiting for approval goes back to being a draft.
   */
  @Transactional
  public Announcement withdraw(Subject subject, UUID id) {
    Seen seen = announcements.seenForUpdate(subject, id);
    if (!seen.capabilities(announcements.now()).withdraw()) {
      throw DomainException.conflict(
          "announce.not-withdrawable",
          "Only its author or an administrator withdraws a published announcement.");
    }
    AnnouncementRow row = seen.row();
    Instant now = announcements.now();
    if (row.state() == AnnouncementState.PUBLISHED) {
      table.markWithdrawn(id, now);
      events.publishEvent(new AnnouncementWithdrawn(id, subject.personId(), row.title()));
      events.publishEvent(new AnnouncementChanged(id));
    } else {
      table.setState(id, AnnouncementState.DRAFT, null, null, null, now);
    }
    return announcements.get(subject, id);
  }

  private void deliver(AnnouncementRow row, Map<UUID, Optional<UUID>> people, Instant now) {
    int count = recipients.deliver(row.id(), people, now);
    table.markPublished(row.id(), count, now);
    versions.insert(
        row.id(), 1, row.title(), row.body(), row.bodyText(), row.authorId(), now, false);
    events.publishEvent(new AnnouncementPublished(
        row.id(), row.authorId(), row.title(), row.importance(), row.channelId(), count));
    events.publishEvent(new AnnouncementChanged(row.id()));
  }

  /** For the job's query: which scheduled ones are due. */
  @Transactional(readOnly = true)
  public java.util.List<UUID> due(int limit) {
    return table.due(announcements.now(), limit);
  }
}
