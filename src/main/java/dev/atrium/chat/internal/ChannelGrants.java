package dev.atrium.chat.internal;

import dev.atrium.access.Viewer;
import dev.atrium.access.Visibility;
import dev.atrium.chat.ChannelAccess;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * Which channels a person may see and what role they hold there, as SQL over access's grants
 * ({@link Visibility}), so the channel list, a single channel, catch-up, unread counts and search
 * answer from the same rows. Channels are granted only by name and to the company (see
 * {@link ChannelAccess}), so {@link Viewer#byName} decides with no look-up of departments or groups.
 */
public final class ChannelGrants {

  /** The ids of the channels {@code :v_me} may see: theirs, and the public ones unless a guest. */
  public static final String VISIBLE_IDS = Visibility.grantedIds(ChannelAccess.TYPE, "member");

  private ChannelGrants() {}

  /** The rank of {@code personExpr}'s own grant on channel {@code channelExpr}: their role as a member, 0 when not one. */
  public static String memberRank(String channelExpr, String personExpr) {
    return Visibility.personRank(ChannelAccess.TYPE, channelExpr, personExpr);
  }

  /** True when a grant lets {@code :v_me} see channel {@code channelExpr}: theirs, or public and they are no guest. */
  public static String seen(String channelExpr) {
    return Visibility.rankByName(ChannelAccess.TYPE, channelExpr, ":v_me", ":v_guest") + " > 0";
  }

  /** Binds the person the fragments above read. */
  public static StatementSpec bind(StatementSpec statement, UUID personId, boolean guest) {
    return Viewer.byName(personId, guest).bind(statement);
  }
}
