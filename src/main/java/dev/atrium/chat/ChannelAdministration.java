package dev.atrium.chat;

import dev.atrium.access.Subject;
import dev.atrium.chat.internal.ChannelStream;
import dev.atrium.chat.internal.ChannelsTable;
import dev.atrium.chat.internal.MembersTable;
import dev.atrium.chat.internal.Memberships;
import dev.atrium.shared.DomainException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A channel's settings (name, topic, purpose, posting and mention policies, archiving) and its
 * members' roles, changed by its owners and admins (and, for a department channel, by the
 * department's administrators). Each change is one stream entry ({@code channel.updated} with the
 * whole {@link ChannelSettings}, {@code member.updated}, {@code member.left}) so every member's
 * clients follow live. An archived channel is read-only: only unarchiving changes it.
 */
@Service
public class ChannelAdministration {

  private final Channels channels;
  private final ChannelsTable channelRows;
  private final MembersTable members;
  private final Memberships memberships;
  private final ChannelStream stream;
  private final ApplicationEventPublisher events;

  ChannelAdministration(
      Channels channels,
      ChannelsTable channelRows,
      MembersTable members,
      Memberships memberships,
      ChannelStream stream,
      ApplicationEventPublisher events) {
    this.channels = channels;
    this.channelRows = channelRows;
    this.members = members;
    this.memberships = memberships;
    this.stream = stream;
    this.events = events;
  }

  @Transactional
  public Channel update(Subject subject, UUID channelId, UpdateChannel command) {
    Channel channel = channels.managed(subject, channelId);
    Channels.refuseArchived(channel);
    ChannelSettings now = channel.settings();
    String name = now.name();
    if (command.name() != null) {
      String wanted = blankToNull(command.name());
      if (!Objects.equals(wanted, name)) {
        if (channel.kind() == ChannelKind.DEPARTMENT) {
          throw DomainException.badRequest(
              "chat.department-managed", "A department channel is named after its department.");
        }
        if (wanted == null && channel.kind() != ChannelKind.GROUP) {
          throw DomainException.badRequest("chat.name-required", "A channel needs a name.");
        }
      }
      name = wanted;
    }
    ChannelSettings next = new ChannelSettings(
        name,
        command.topic() == null ? now.topic() : blankToNull(command.topic()),
        command.purpose() == null ? now.purpose() : blankToNull(command.purpose()),
        now.archived(),
        command.postingPolicy() == null ? now.postingPolicy() : command.postingPolicy(),
        command.mentionPolicy() == null ? now.mentionPolicy() : command.mentionPolicy());
    return apply(subject, channel, next);
  }

  @Transactional
  public Channel archive(Subject subject, UUID channelId) {
    Channel channel = channels.managed(subject, channelId);
    ChannelSettings now = channel.settings();
    return apply(
        subject,
        channel,
        new ChannelSettings(
            now.name(),
            now.topic(),
            now.purpose(),
            true,
            now.postingPolicy(),
            now.mentionPolicy()));
  }

  @Transactional
  public Channel unarchive(Subject subject, UUID channelId) {
    Channel channel = channels.managed(subject, channelId);
    ChannelSettings now = channel.settings();
    return apply(
        subject,
        channel,
        new ChannelSettings(
            now.name(),
            now.topic(),
            now.purpose(),
            false,
            now.postingPolicy(),
            now.mentionPolicy()));
  }

  /**
   * Gives a member another role. Owners and admins change roles, but only an owner makes or
   * unmakes an owner, and the last owner stays one ({@code chat.last-owner}).
   */
  @Transactional
  public ChannelMember changeRole(
      Subject subject, UUID channelId, UUID personId, ChangeRole command) {
    Channel channel = channels.managed(subject, channelId);
    Channels.refuseArchived(channel);
    channelRows.lock(channelId);
    ChannelRole current = members
        .role(channelId, personId)
        .orElseThrow(() -> DomainException.notFound(
            "chat.member-not-found", "This person is not in the channel."));
    ChannelRole wanted = command.role();
    if (current == wanted) {
      return member(subject, channelId, personId);
    }
    if ((current == ChannelRole.OWNER || wanted == ChannelRole.OWNER)
        && !channels.ownerRights(subject, channel)) {
      throw DomainException.forbidden(
          "chat.not-owner", "Only an owner may make or unmake an owner.");
    }
    if (current == ChannelRole.OWNER && memberships.owners(channelId) == 1) {
      throw DomainException.conflict(
          "chat.last-owner",
          "A channel keeps at least one owner: make someone else an owner first.");
    }
    memberships.changeRole(channelId, personId, wanted, channels.now());
    return member(subject, channelId, personId);
  }

  /** Removes a member; an admin cannot remove an owner, and no one removes people from a department channel by hand. */
  @Transactional
  public void remove(Subject subject, UUID channelId, UUID personId) {
    Channel channel = channels.managed(subject, channelId);
    Channels.refuseArchived(channel);
    switch (channel.kind()) {
      case DIRECT ->
        throw DomainException.badRequest(
            "chat.direct-members-fixed", "A direct conversation is between two people.");
      case DEPARTMENT ->
        throw DomainException.badRequest(
            "chat.department-managed", "Its department decides who is in this channel.");
      default -> {}
    }
    if (personId.equals(subject.personId())) {
      throw DomainException.badRequest("chat.remove-self", "Leave the channel instead.");
    }
    channelRows.lock(channelId);
    ChannelRole current = members
        .role(channelId, personId)
        .orElseThrow(() -> DomainException.notFound(
            "chat.member-not-found", "This person is not in the channel."));
    if (current == ChannelRole.OWNER && !channels.ownerRights(subject, channel)) {
      throw DomainException.forbidden("chat.not-owner", "Only an owner may remove an owner.");
    }
    if (current == ChannelRole.OWNER && memberships.owners(channelId) == 1) {
      throw DomainException.conflict(
          "chat.last-owner",
          "A channel keeps at least one owner: make someone else an owner first.");
    }
    memberships.remove(channelId, personId, channels.now());
  }

  private ChannelMember member(Subject subject, UUID channelId, UUID personId) {
    Channel channel = channels.visible(subject, channelId);
    var row = members.row(channelId, personId).orElseThrow();
    return channels.describe(subject, channel, List.of(row)).getFirst();
  }

  private Channel apply(Subject subject, Channel channel, ChannelSettings next) {
    ChannelSettings now = channel.settings();
    if (next.equals(now)) {
      return channel;
    }
    channelRows.updateSettings(channel.id(), next);
    Instant at = channels.now();
    stream.append(
        channel.id(),
        at,
        members.of(channel.id()),
        seq -> new ChatStreamEvent.ChannelUpdated(next));
    events.publishEvent(new ChannelSettingsChanged(channel.id(), next.name(), changed(now, next)));
    return channels.view(channel.id(), subject);
  }

  private static List<String> changed(ChannelSettings a, ChannelSettings b) {
    List<String> changed = new ArrayList<>();
    if (!Objects.equals(a.name(), b.name())) changed.add("name");
    if (!Objects.equals(a.topic(), b.topic())) changed.add("topic");
    if (!Objects.equals(a.purpose(), b.purpose())) changed.add("purpose");
    if (a.archived() != b.archived()) changed.add("archived");
    if (a.postingPolicy() != b.postingPolicy()) changed.add("postingPolicy");
    if (a.mentionPolicy() != b.mentionPolicy()) changed.add("mentionPolicy");
    return changed;
  }

  private static @Nullable String blankToNull(String value) {
    return value.isBlank() ? null : value.strip();
  }
}
