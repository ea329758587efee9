package dev.atrium.announce;

/**
 * Where an announcement stands. Archived is not a state: a published one whose expiry has passed.
 * A draft goes to PUBLISHED, SCHEDULED (publication at a later time) or PENDING_APPROVAL (a reviewer
 * approves it, or returns it to its author: RETURNED, editable again); a published one may be
 * WITHDRAWN, after which only its author and administrators see it.
 */
public enum AnnouncementState {
  DRAFT,
  PENDING_APPROVAL,
  RETURNED,
  SCHEDULED,
  PUBLISHED,
  WITHDRAWN
}
