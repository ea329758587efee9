package dev.atrium.chat;

import org.jspecify.annotations.Nullable;

/**
 * What the person reading a {@link Channel} may do with it, so clients render from it and never
 * re-implement the rules: post, change its settings, roles and members ({@code canManage}), add
 * people, leave, and notify everyone with {@code @all} (the channel's mention policy).
 */
public record ChannelCapabilities(
    boolean canPost,
    boolean canManage,
    boolean canInvite,
    boolean canLeave,
    boolean canMentionAll) {

  /**
   * The rules, in one place: the actions of {@link ChannelAccess#TYPE} for the reader's role (null
   * when not a member), bounded by the channel's kind, archive and policies. {@code orgManager}: the
   * person administers the department of a department channel (they manage it without being in it,
   * and post and @all there when in it whatever its policies: the company channel set to
   * "administrators only" is their announcements').
   */
  public static ChannelCapabilities of(
      ChannelKind kind,
      @Nullable ChannelRole role,
      boolean archived,
      PostingPolicy posting,
      MentionPolicy mentions,
      boolean orgManager) {
    boolean member = role != null;
    int rank = role != null ? role.rank() : 0;
    boolean admin = ChannelAccess.may(rank, "manage") || orgManager;
    boolean manager = kind != ChannelKind.DIRECT && admin;
    boolean canPost = member
        && !archived
        && ChannelAccess.may(rank, "post")
        && (posting == PostingPolicy.EVERYONE || admin);
    boolean canInvite = member
        && !archived
        && switch (kind) {
          case PUBLIC, GROUP -> ChannelAccess.may(rank, "invite");
          case PRIVATE -> ChannelAccess.may(rank, "manage");
          case DIRECT, DEPARTMENT -> false;
        };
    boolean canLeave = member && kind != ChannelKind.DIRECT && kind != ChannelKind.DEPARTMENT;
    boolean canMentionAll = canPost && (mentions == MentionPolicy.EVERYONE || admin);
    return new ChannelCapabilities(canPost, manager, canInvite, canLeave, canMentionAll);
  }
}
