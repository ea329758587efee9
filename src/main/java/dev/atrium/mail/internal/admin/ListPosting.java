package dev.atrium.mail.internal.admin;

/** Who may post to a mailing list: its members, anyone in the company, or anyone at all (outside senders too). */
public enum ListPosting {
  MEMBERS,
  COMPANY,
  ANYONE
}
