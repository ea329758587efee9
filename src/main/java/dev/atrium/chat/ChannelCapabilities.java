package dev.atrium.chat;

import org.jspecify.annotations.Nullable;

/**
 * What the person reading a {@link Channel} may do with it, so clients render from it and never
 * re-implement the rules: post, change its settings, roles and members ({@code canManage}), add
 * people, leave, and notify everyone with {@code @all} (the channel's mention policy).
 */
public record ChannelCapabilities(boolean canPost, boolean canManage, boolean canInvite, boolean canLeave,
                                  boolean canMentionAll) {

  /**
   * The rules, in one place. {@code orgManager}: the person administers the department of a
   * department channel (they manage it without being in it, and post and @all there when in it
   * whatever its policies: the company channel set to "administrators only" is their announcements').
   */
  public static ChannelCapabilities of(ChannelKind kind, @Nullable ChannelRole role, boolean archived,
                                       PostingPolicy posting, MentionPolicy mentions, boolean orgManager) {
    boolean member = role != null;
    boolean manages = role != null && role.manages();
    boolean manager = kind != ChannelKind.DIRECT && (manages || orgManager);
    boolean canPost = member && !archived && (posting == PostingPolicy.EVERYONE || manages || orgManager);
    boolean canInvite = member && !archived && switch (kind) {
      case PUBLIC, GROUP -> true;
      case PRIVATE -> manages;
      case DIRECT, DEPARTMENT -> false;
    };
    boolean canLeave = member && kind != ChannelKind.DIRECT && kind != ChannelKind.DEPARTMENT;
    boolean canMentionAll = canPost && (mentions == MentionPolicy.EVERYONE || manages || orgManager);
    return new ChannelCapabilities(canPost, manager, canInvite, canLeave, canMentionAll);
  }
}
