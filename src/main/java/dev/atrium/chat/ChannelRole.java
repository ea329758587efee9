package dev.atrium.chat;

import java.util.Locale;

/**
 * A member's standing in a channel, as the client names it; held in {@code access} as the member's
 * grant of the {@link ChannelAccess#TYPE} role of the same name. Owners and admins change its
 * settings, roles and members; only an owner makes or unmakes an owner, and a channel keeps at
 * least one owner.
 */
public enum ChannelRole {
  OWNER,
  ADMIN,
  MEMBER;

  /** The role's name in the channel type's grants. */
  public String grantRole() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role's rank in the channel type, 1 (member) to 3 (owner). */
  public int rank() {
    return ChannelAccess.TYPE.rank(grantRole());
  }

  /** The role of a rank from 1 up; a member always holds a grant, so rank 0 is a broken channel. */
  public static ChannelRole ofRank(int rank) {
    if (rank < 1) {
      throw new IllegalStateException("A channel member holds no role");
    }
    return valueOf(ChannelAccess.TYPE.role(rank).toUpperCase(Locale.ROOT));
  }
}
