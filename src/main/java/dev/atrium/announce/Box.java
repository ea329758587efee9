package dev.atrium.announce;

/**
 * Which announcements a list shows: INBOX (delivered to me and not expired: unread first, then
 * pinned, then newest), ARCHIVE (delivered to me and expired), MINE (what I wrote, in any state),
 * REVIEW (waiting for approval, for reviewers).
 */
public enum Box {
  INBOX,
  ARCHIVE,
  MINE,
  REVIEW
}
