package dev.atrium.chat;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.chat.internal.ChannelsTable;
import dev.atrium.chat.internal.DefaultChannelsTable;
import dev.atrium.chat.internal.DepartmentSeats;
import dev.atrium.chat.internal.Memberships;
import dev.atrium.chat.internal.OrgFollower;
import dev.atrium.org.OrgImported;
import dev.atrium.org.PersonCreated;
import dev.atrium.shared.DomainException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public channels the administrator chose for new people, besides the department channels every
 * one of them is in anyway (the company-wide channel among them). A person joins them once, when
 * created, as Slack's default channels; they may leave afterwards, and changing the list leaves the
 * people already there alone. Guests join none: they use only what they are invited to. The join
 * follows org's commit, as {@link DepartmentChannels}' changes do ({@link OrgFollower}); it is
 * recorded, so that a replayed event does not put back someone who has left since.
 */
@Service
public class DefaultChannels {

  static final int MAX = 20;

  private final DefaultChannelsTable table;
  private final ChannelsTable channelRows;
  private final Memberships memberships;
  private final DepartmentSeats seats;
  private final Channels channels;
  private final Access access;
  private final ApplicationEventPublisher events;

  DefaultChannels(
      DefaultChannelsTable table,
      ChannelsTable channelRows,
      Memberships memberships,
      DepartmentSeats seats,
      Channels channels,
      Access access,
      ApplicationEventPublisher events) {
    this.table = table;
    this.channelRows = channelRows;
    this.memberships = memberships;
    this.seats = seats;
    this.channels = channels;
    this.access = access;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public List<DefaultChannel> list(Subject subject) {
    access.check(subject, Permission.SETTINGS_MANAGE, Scope.company());
    return table.all();
  }

  /** Replaces the list; each must be a public channel, and is listed once ({@code chat.default-channel-invalid}). */
  @Transactional
  public List<DefaultChannel> set(Subject subject, SetDefaultChannels command) {
    access.check(subject, Permission.SETTINGS_MANAGE, Scope.company());
    List<UUID> ids = List.copyOf(new LinkedHashSet<>(command.channelIds()));
    for (UUID id : ids) {
      if (channelRows
          .view(id, subject.personId())
          .filter(c -> c.kind() == ChannelKind.PUBLIC)
          .isEmpty()) {
        throw DomainException.badRequest(
            "chat.default-channel-invalid", "New people can join public channels only.");
      }
    }
    List<DefaultChannel> before = table.all();
    table.replace(ids);
    List<DefaultChannel> after = table.all();
    if (!after.equals(before)) {
      events.publishEvent(
          new DefaultChannelsChanged(after.stream().map(DefaultChannel::name).toList()));
    }
    return after;
  }

  @OrgFollower(condition = "!#event.imported()")
  void on(PersonCreated event) {
    Instant now = channels.now();
    if (event.guest() || !table.markGiven(event.personId(), now)) {
      return;
    }
    for (DefaultChannel channel : table.all()) {
      if (!channel.archived()) {
        memberships.add(channel.id(), event.personId(), ChannelRole.MEMBER, now);
      }
    }
  }

  /**
   * The people an org import made join the default channels all at once (their {@code PersonCreated}
   * events, marked {@code imported}, are passed by): one statement records them as given, one seats
   * those newly given in every default channel and one more writes their grants; each channel is
   * announced once ({@link Memberships#announce}). A replay finds them given and does nothing.
   */
  @OrgFollower
  void on(OrgImported event) {
    Instant now = channels.now();
    List<UUID> given = table.markAllGiven(event.createdPeopleIds(), now);
    if (given.isEmpty()) {
      return;
    }
    Map<UUID, List<UUID>> wanted = new TreeMap<>();
    for (DefaultChannel channel : table.all()) {
      if (!channel.archived()) {
        wanted.put(channel.id(), given);
      }
    }
    Map<UUID, List<UUID>> joined = seats.addEach(wanted, now);
    for (UUID channel : wanted.keySet()) {
      memberships.announce(channel, joined.getOrDefault(channel, List.of()), List.of(), now);
    }
  }
}
