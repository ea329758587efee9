package dev.atrium.chat;

/**
 * A member's standing in a channel. Owners and admins change its settings, roles and members;
 * only an owner makes or unmakes an owner, and a channel always keeps at least one owner.
 */
public enum ChannelRole {
  OWNER, ADMIN, MEMBER;

  public boolean manages() {
    return this != MEMBER;
  }
}
