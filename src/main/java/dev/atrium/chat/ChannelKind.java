package dev.atrium.chat;

/**
 * Who can find and join a channel: anyone (public), the invited (private), exactly two people
 * (direct), up to 50 people without a name of their own (group), or the people of a department's
 * subtree, kept in step with the org tree (department).
 */
public enum ChannelKind {
  PUBLIC,
  PRIVATE,
  DIRECT,
  GROUP,
  DEPARTMENT
}
