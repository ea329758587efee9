package dev.atrium.chat;

/** Who may post: every member, or only owners and admins (a broadcast channel: the rest read and react). */
public enum PostingPolicy {
  EVERYONE,
  ADMINS
}
