package dev.atrium.chat;

import dev.atrium.access.Subject;
import dev.atrium.chat.internal.MembersTable;
import dev.atrium.chat.internal.MessagesTable;
import dev.atrium.org.OrgDirectory;
import dev.atrium.shared.DomainException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a new message is besides its text: the thread it replies in, the message it quotes, where
 * it was forwarded from, and whom it mentions. Checked before anything is stored.
 *
 * <p>Mentions are tokens in the body: {@code <@personId>}, {@code <@&departmentId>} (everyone in
 * that department's subtree, by primary or secondary membership, as a department channel counts
 * them), {@code <@all>} and {@code <@channel>} (everyone). Only members of the
 * channel are notified; the author never is.
 */
@Component
class Drafting {

  static final Pattern MENTION = Message.MENTION;
  private static final int EXCERPT = 200;

  private final MessagesTable messages;
  private final MembersTable members;
  private final OrgDirectory directory;

  Drafting(MessagesTable messages, MembersTable members, OrgDirectory directory) {
    this.messages = messages;
    this.members = members;
    this.directory = directory;
  }

  /** A message ready to be stored once it has its position. */
  record Draft(
      @Nullable UUID threadRootId,
      boolean alsoInChannel,
      Message.Mentions mentions,
      Message.@Nullable Quote quote,
      Message.@Nullable Forwarded forwardedFrom) {

    Message at(
        UUID id,
        UUID channelId,
        long seq,
        UUID authorId,
        UUID clientMessageId,
        String body,
        Instant now,
        List<Attachment> attachments) {
      return new Message(
          id,
          channelId,
          seq,
          authorId,
          clientMessageId,
          body,
          now,
          null,
          null,
          attachments,
          threadRootId,
          alsoInChannel,
          null,
          mentions,
          List.of(),
          null,
          quote,
          forwardedFrom);
    }
  }

  /** Must run with the channel locked, so the root and the quoted message cannot change meanwhile. */
  Draft prepare(
      Subject subject,
      UUID channelId,
      ChannelCapabilities capabilities,
      PostMessage command,
      Message.@Nullable Forwarded forwardedFrom) {
    UUID root = command.threadRootId() == null
        ? null
        : threadRoot(subject, channelId, command.threadRootId());
    boolean also = root != null && Boolean.TRUE.equals(command.alsoSendToChannel());
    Message.@Nullable Quote quote = command.quotedMessageId() == null
        ? null
        : quote(subject, channelId, command.quotedMessageId());
    // a forwarded text notifies no one again
    Message.Mentions mentions = forwardedFrom != null
        ? Message.Mentions.NONE
        : mentions(channelId, subject.personId(), command.body());
    if (mentions.all() && !capabilities.canMentionAll()) {
      throw DomainException.forbidden(
          "chat.mention-all-restricted",
          "Only the channel's owners and admins may notify everyone here.");
    }
    return new Draft(root, also, mentions, quote, forwardedFrom);
  }

  /** Counts a stored reply on its root. */
  void stored(Message message) {
    if (message.threadRootId() != null) {
      messages.countReply(message.threadRootId(), message.authorId(), message.createdAt());
    }
  }

  /** Replying to a reply continues its thread: threads are one level deep. */
  private UUID threadRoot(Subject subject, UUID channelId, UUID id) {
    Message target = sameChannel(subject, channelId, id);
    UUID root = target.threadRootId() == null ? target.id() : target.threadRootId();
    Message rootMessage =
        root.equals(target.id()) ? target : messages.find(root).orElseThrow();
    SeenMessages.refuseDeleted(rootMessage);
    return root;
  }

  private Message.Quote quote(Subject subject, UUID channelId, UUID id) {
    Message quoted = sameChannel(subject, channelId, id);
    SeenMessages.refuseDeleted(quoted);
    String body = quoted.body();
    String excerpt = body.codePointCount(0, body.length()) <= EXCERPT
        ? body
        : body.substring(0, body.offsetByCodePoints(0, EXCERPT)) + "…";
    return new Message.Quote(quoted.id(), quoted.authorId(), excerpt, false);
  }

  /** A message of this channel; one of a channel the subject may not see does not exist for them. */
  private Message sameChannel(Subject subject, UUID channelId, UUID id) {
    Message message = messages.find(id).orElseThrow(SeenMessages::notFound);
    if (!message.channelId().equals(channelId)) {
      throw SeenMessages.notFound();
    }
    return message;
  }

  Message.Mentions mentions(UUID channelId, UUID authorId, String body) {
    Matcher matcher = MENTION.matcher(body);
    Set<UUID> people = new LinkedHashSet<>();
    Set<UUID> departments = new LinkedHashSet<>();
    boolean all = false;
    while (matcher.find()) {
      String token = matcher.group(1);
      if (token.equals("all") || token.equals("channel")) {
        all = true;
      } else if (token.startsWith("&")) {
        parse(token.substring(1), departments);
      } else {
        parse(token, people);
      }
    }
    if (!all && people.isEmpty() && departments.isEmpty()) {
      return Message.Mentions.NONE;
    }
    // one look-up per mentioned department, not one per channel member
    Set<UUID> inDepartments = new java.util.HashSet<>();
    departments.forEach(department -> inDepartments.addAll(directory.peopleInSubtree(department)));
    Set<UUID> notified = new LinkedHashSet<>();
    for (UUID member : members.of(channelId)) {
      if (!member.equals(authorId) && (people.contains(member) || inDepartments.contains(member))) {
        notified.add(member);
      }
    }
    return new Message.Mentions(List.copyOf(notified), all);
  }

  private static void parse(String value, Set<UUID> into) {
    try {
      into.add(UUID.fromString(value));
    } catch (IllegalArgumentException notAnId) {
      // a token that only looks like one is plain text
    }
  }
}
