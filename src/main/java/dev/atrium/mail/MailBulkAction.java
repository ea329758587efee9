package dev.atrium.mail;

/** What a bulk action does to the messages it names. */
public enum MailBulkAction {
  SEEN,
  UNSEEN,
  STAR,
  UNSTAR,
  MOVE,
  ARCHIVE,
  TRASH,
  SPAM,
  NOT_SPAM,
  RESTORE,
  DELETE_FOREVER,
  LABEL,
  UNLABEL
}
