package dev.atrium.chat;

import dev.atrium.access.Access;
import dev.atrium.access.Grant;
import dev.atrium.access.Grantee;
import dev.atrium.access.Permission;
import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.chat.internal.ChannelsTable;
import dev.atrium.chat.internal.MembersTable;
import dev.atrium.chat.internal.Memberships;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import dev.atrium.org.PersonSummary;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import dev.atrium.shared.Page;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Channels and who is in them. Anyone but a guest may create channels, see, browse and join public
 * ones and open direct conversations; a guest uses only the channels they were invited to. A
 * channel one may not see answers 404, as if it did not exist. Settings live in
 * {@link ChannelAdministration}, groups in {@link GroupConversations}, department channels in
 * {@link DepartmentChannels}.
 */
@Service
public class Channels {

  private static final int MAX_PAGE = 200;

  private final ChannelsTable channels;
  private final MembersTable members;
  private final Memberships memberships;
  private final OrgDirectory directory;
  private final Access access;
  private final ResourceAccess resources;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Channels(
      ChannelsTable channels,
      MembersTable members,
      Memberships memberships,
      OrgDirectory directory,
      Access access,
      ResourceAccess resources,
      ApplicationEventPublisher events,
      Clock clock) {
    this.channels = channels;
    this.members = members;
    this.memberships = memberships;
    this.directory = directory;
    this.access = access;
    this.resources = resources;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<Channel> mine(Subject subject) {
    return channels.of(subject.personId());
  }

  @Transactional(readOnly = true)
  public Channel get(Subject subject, UUID channelId) {
    return visible(subject, channelId);
  }

  @Transactional
  public Channel create(Subject subject, CreateChannel command) {
    refuseGuest(subject);
    if (command.kind() != ChannelKind.PUBLIC && command.kind() != ChannelKind.PRIVATE) {
      throw DomainException.badRequest(
          "chat.kind-invalid",
          "Create a public or private channel here; groups, direct and department channels have their own way in.");
    }
    String name = command.name().strip();
    String topic = command.topic() == null || command.topic().isBlank()
        ? null
        : command.topic().strip();
    UUID id = Ids.newId();
    Instant now = now();
    channels.insert(id, command.kind(), name, topic, subject.personId(), now, null);
    if (command.kind() == ChannelKind.PUBLIC) {
      // what makes it public: everyone but a guest may see and join it
      resources.hold(
          ChannelAccess.TYPE,
          id,
          new Grant(new Grantee.Company(), ChannelRole.MEMBER.grantRole()),
          subject.personId());
    }
    memberships.add(id, subject.personId(), ChannelRole.OWNER, now);
    events.publishEvent(new ChannelCreated(id, command.kind(), name));
    return view(id, subject);
  }

  /** Public channels whose name contains {@code query}, by name, with their member counts and whether I am in. */
  @Transactional(readOnly = true)
  public Page<ChannelListing> browse(Subject subject, String query, int page, int size) {
    refuseGuest(subject);
    checkPage(page, size);
    String q = query.strip();
    return new Page<>(channels.browse(subject.personId(), q, page, size), channels.countPublic(q));
  }

  /** A page of the channel's members (owners first), for anyone who may see the channel. */
  @Transactional(readOnly = true)
  public Page<ChannelMember> members(Subject subject, UUID channelId, int page, int size) {
    Channel channel = visible(subject, channelId);
    checkPage(page, size);
    return new Page<>(
        describe(subject, channel, members.page(channelId, page, size)), channel.memberCount());
  }

  /** Members as the reader sees them: names from the directory, and whether the reader may change their role or remove them. */
  List<ChannelMember> describe(
      Subject subject, Channel channel, List<MembersTable.MemberRow> rows) {
    Map<UUID, PersonSummary> people =
        directory.summaries(rows.stream().map(MembersTable.MemberRow::personId).toList()).stream()
            .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    boolean manages = channel.capabilities().canManage() && !channel.archived();
    boolean ownerRights = ownerRights(subject, channel);
    boolean fixed =
        channel.kind() == ChannelKind.DEPARTMENT || channel.kind() == ChannelKind.DIRECT;
    return rows.stream()
        .map(row -> {
          PersonSummary person = people.get(row.personId());
          boolean reachable = manages && (ownerRights || row.role() != ChannelRole.OWNER);
          return new ChannelMember(
              row.personId(),
              person == null ? "" : person.name(),
              person == null ? null : person.title(),
              person == null ? "#8c8c8c" : person.avatarColor(),
              row.role(),
              row.joinedAt(),
              reachable,
              reachable && !fixed && !row.personId().equals(subject.personId()));
        })
        .toList();
  }

  /** An owner's rights (make, unmake and remove owners): the channel's owners, and a department channel's org administrators. */
  boolean ownerRights(Subject subject, Channel channel) {
    return channel.role() != null && ChannelAccess.may(channel.role().rank(), "change-owners")
        || channel.kind() == ChannelKind.DEPARTMENT
            && channel.departmentId() != null
            && orgManager(subject, channel.departmentId());
  }

  /** Joins a public channel; joining one's own channel again changes nothing. */
  @Transactional
  public Channel join(Subject subject, UUID channelId) {
    Channel channel = visible(subject, channelId);
    if (channel.role() == null) {
      if (channel.kind() != ChannelKind.PUBLIC) {
        throw DomainException.forbidden(
            "chat.department-managed", "Its department decides who is in this channel.");
      }
      refuseArchived(channel);
      // a channel everyone left has no owner: whoever comes back first takes the role
      ChannelRole role =
          memberships.owners(channelId) == 0 ? ChannelRole.OWNER : ChannelRole.MEMBER;
      memberships.add(channelId, subject.personId(), role, now());
    }
    return view(channelId, subject);
  }

  /**
   * Adds someone: to a public channel or a group any member may, to a private one its owners and
   * admins; a group holds at most {@link GroupConversations#MAX_MEMBERS}. Direct and department
   * channels have fixed or org-made memberships.
   */
  @Transactional
  public Channel invite(Subject subject, UUID channelId, InviteMember command) {
    Channel channel = member(subject, channelId);
    switch (channel.kind()) {
      case DIRECT ->
        throw DomainException.badRequest(
            "chat.direct-members-fixed", "A direct conversation is between two people.");
      case DEPARTMENT ->
        throw DomainException.badRequest(
            "chat.department-managed", "Its department decides who is in this channel.");
      default -> {}
    }
    refuseArchived(channel);
    if (!channel.capabilities().canInvite()) {
      throw DomainException.forbidden(
          "chat.not-channel-admin", "Only the channel's owners and admins may do this.");
    }
    activePerson(command.personId());
    if (channel.kind() == ChannelKind.GROUP) {
      channels.lock(channelId);
      if (members.role(channelId, command.personId()).isEmpty()
          && members.count(channelId) >= GroupConversations.MAX_MEMBERS) {
        throw GroupConversations.tooLarge(HttpStatus.CONFLICT);
      }
    }
    memberships.add(channelId, command.personId(), ChannelRole.MEMBER, now());
    return view(channelId, subject);
  }

  /**
   * Leaves a channel. A direct conversation cannot be left, nor a department channel (its members
   * follow the org tree). The last owner of a channel others are still in must hand the role on
   * first; a group's last owner hands it to its longest-standing member, as group chats do.
   */
  @Transactional
  public void leave(Subject subject, UUID channelId) {
    Channel channel = member(subject, channelId);
    switch (channel.kind()) {
      case DIRECT ->
        throw DomainException.badRequest(
            "chat.direct-cannot-leave", "A direct conversation cannot be left.");
      case DEPARTMENT ->
        throw DomainException.badRequest(
            "chat.department-managed", "Its department decides who is in this channel.");
      default -> {}
    }
    channels.lock(channelId);
    boolean lastOwner = channel.role() == ChannelRole.OWNER && memberships.owners(channelId) == 1;
    if (lastOwner && members.count(channelId) > 1 && channel.kind() != ChannelKind.GROUP) {
      throw DomainException.conflict(
          "chat.last-owner", "Make someone else an owner before you leave.");
    }
    Instant now = now();
    memberships.remove(channelId, subject.personId(), now);
    if (lastOwner && channel.kind() == ChannelKind.GROUP) {
      members
          .eldest(channelId)
          .ifPresent(heir -> memberships.changeRole(channelId, heir, ChannelRole.OWNER, now));
    }
  }

  /** Stars or unstars a conversation for the caller alone (their sidebar's Starred section). */
  @Transactional
  public Channel star(Subject subject, UUID channelId, boolean starred) {
    Channel channel = member(subject, channelId);
    if (channel.starred() == starred) {
      return channel;
    }
    members.star(channelId, subject.personId(), starred);
    Channel now = channels
        .view(channelId, subject.personId(), subject.guest())
        .orElseThrow()
        .channel();
    events.publishEvent(new ChannelViewChanged(subject.personId(), now));
    return now;
  }

  /** The direct conversation with one person, opened on first use; the same pair always gets the same channel. */
  @Transactional
  public Channel openDirect(Subject subject, OpenDirect command) {
    refuseGuest(subject);
    activePerson(command.personId());
    UUID me = subject.personId();
    UUID other = command.personId();
    String pair = me.compareTo(other) <= 0 ? me + ":" + other : other + ":" + me;
    UUID id = channels.direct(pair).orElse(null);
    if (id == null) {
      UUID fresh = Ids.newId();
      Instant now = now();
      if (channels.insert(fresh, ChannelKind.DIRECT, null, null, me, now, pair)) {
        memberships.add(fresh, me, ChannelRole.MEMBER, now);
        memberships.add(fresh, other, ChannelRole.MEMBER, now);
      }
      id = channels.direct(pair).orElseThrow();
    }
    return view(id, subject);
  }

  /**
   * The channel, if the subject may see it: a grant lets them (a member; anyone but a guest for a
   * public channel, see {@link ChannelAccess}), or they administer its department (and so manage it).
   */
  Channel visible(Subject subject, UUID channelId) {
    return visibleOrEmpty(subject, channelId)
        .orElseThrow(() -> DomainException.notFound("chat.channel-not-found", "No such channel."));
  }

  /** The channel, if the subject may see it (as {@link #visible} decides), else empty. */
  java.util.Optional<Channel> visibleOrEmpty(Subject subject, UUID channelId) {
    ChannelsTable.Seen seen =
        channels.view(channelId, subject.personId(), subject.guest()).orElse(null);
    if (seen == null) {
      return java.util.Optional.empty();
    }
    Channel channel = seen.channel();
    if (channel.kind() == ChannelKind.DEPARTMENT
        && channel.departmentId() != null
        && orgManager(subject, channel.departmentId())) {
      return java.util.Optional.of(channel.asOrgManager());
    }
    return seen.seen() ? java.util.Optional.of(channel) : java.util.Optional.empty();
  }

  /** The channel, if the subject is in it; a public channel one is not in refuses with 403. */
  Channel member(Subject subject, UUID channelId) {
    Channel channel = visible(subject, channelId);
    if (channel.role() == null) {
      throw DomainException.forbidden("chat.not-member", "Join the channel first.");
    }
    return channel;
  }

  /**
   * The channel locked for a write by one of its members, with what they may do in it, in one
   * statement ({@link ChannelsTable#lockAsMember}). Anyone else is refused as {@link #member} refuses
   * them: 404 when they may not see it, 403 {@code chat.not-member} when they may.
   */
  ChannelsTable.Locked lockAsMember(Subject subject, UUID channelId) {
    ChannelsTable.Locked locked = channels
        .lockAsMember(channelId, subject.personId())
        .orElseGet(() -> {
          member(subject, channelId);
          // they joined between the two statements
          return channels
              .lockAsMember(channelId, subject.personId())
              .orElseThrow(
                  () -> DomainException.forbidden("chat.not-member", "Join the channel first."));
        });
    ChannelCapabilities mine = locked.capabilities();
    if (mine.canPost() && mine.canMentionAll() || locked.archived()) {
      return locked;
    }
    // restricted: a department channel's administrators (the company channel's, say) post and @all
    // there as its owners would, which only the full view knows
    ChannelCapabilities full = visible(subject, channelId).capabilities();
    return new ChannelsTable.Locked(
        locked.id(), locked.kind(), locked.archived(), locked.lastSeq(), full);
  }

  /** The channel, if the subject may change its settings, roles and members (403 {@code chat.not-channel-admin}). */
  Channel managed(Subject subject, UUID channelId) {
    Channel channel = visible(subject, channelId);
    if (!channel.capabilities().canManage()) {
      throw DomainException.forbidden(
          "chat.not-channel-admin", "Only the channel's owners and admins may do this.");
    }
    return channel;
  }

  Channel view(UUID channelId, Subject subject) {
    return visible(subject, channelId);
  }

  boolean orgManager(Subject subject, UUID departmentId) {
    return directory
        .departmentPath(departmentId)
        .map(path -> access.can(subject, Permission.ORG_MANAGE, Scope.department(path)))
        .orElse(false);
  }

  Instant now() {
    // timestamptz keeps microseconds; an instant that survives the round trip keeps pushed and
    // fetched copies equal
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  PersonRef activePerson(UUID personId) {
    return directory
        .find(personId)
        .filter(p -> !p.suspended())
        .orElseThrow(() -> DomainException.notFound("chat.person-not-found", "No such person."));
  }

  static void refuseGuest(Subject subject) {
    if (subject.guest()) {
      throw DomainException.forbidden(
          "chat.guest-not-allowed", "Guests use only the channels they are invited to.");
    }
  }

  static void refuseArchived(Channel channel) {
    if (channel.archived()) {
      throw DomainException.conflict("chat.channel-archived", "This channel is archived.");
    }
  }

  private static void checkPage(int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE) {
      throw DomainException.badRequest(
          "chat.page-invalid", "page must be 0 or more and size 1 to " + MAX_PAGE + ".");
    }
  }
}
