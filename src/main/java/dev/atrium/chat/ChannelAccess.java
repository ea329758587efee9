package dev.atrium.chat;

import dev.atrium.access.ResourceType;

/**
 * Chat's resource type in {@code access}: a channel, with the roles member, admin and owner. Every
 * member holds a grant by name of their role (kept with their membership by
 * {@code internal.Memberships}); a public channel also grants {@code member} to the company, which
 * is what lets anyone but a guest see and join it. Private, direct, group and department channels
 * have no other grant: only their members see them, and a department's administrators through
 * {@code ORG_MANAGE} on its path. Not administered for content: a system administrator does not
 * read private conversations.
 */
public final class ChannelAccess {

  public static final ResourceType TYPE = ResourceType.named(
          "chat.channel", "member", "admin", "owner")
      .allowing("read", "member")
      .allowing("post", "member")
      .allowing("invite", "member")
      // settings, roles, members, inviting to a private channel, posting and @all where only admins
      // may
      .allowing("manage", "admin")
      .allowing("change-owners", "owner")
      .keeping("owner");

  private ChannelAccess() {}

  /** True when a member of that rank (0: not a member) may do the action. */
  static boolean may(int rank, String action) {
    return rank >= TYPE.rankFor(action);
  }
}
