package dev.atrium.chat;

/** Who may notify the whole channel with @all / @channel: every member, or only owners and admins. */
public enum MentionPolicy {
  EVERYONE,
  ADMINS
}
