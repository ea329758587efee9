package dev.atrium.notify;

/** What a notification tells; each kind can be turned off in {@link NotificationPreferences}. */
public enum NotificationKind {
  /** Someone mentioned the recipient. */
  MENTION,
  /** Someone commented where the recipient takes part (a page they watch, a thread they are in). */
  COMMENT,
  /** A page the recipient watches was edited. */
  EDIT
}
