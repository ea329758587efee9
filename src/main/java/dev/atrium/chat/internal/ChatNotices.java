package dev.atrium.chat.internal;

import dev.atrium.chat.Channel;
import dev.atrium.chat.ChannelKind;
import dev.atrium.chat.Message;
import dev.atrium.notify.NoticeGrouping;
import dev.atrium.notify.NoticeKinds;
import dev.atrium.notify.NoticeRequest;
import dev.atrium.notify.NoticeText;
import dev.atrium.notify.Notices;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Chat's notices for the bell: mentions of a person, @all in a channel (which the channel's mention
 * policy already allowed when it was posted), replies in a thread one started or replied in, and
 * direct and group messages (one notice per conversation while unread, showing the latest). Only
 * the channel's members now are told, never the author; those whose chat status is do not disturb
 * get the notice without a live push.
 *
 * <p>A message is told when it is posted, never again for an edit; one deleted before its notices
 * went out tells no one. Whether a post may tell anyone is decided by the poster from the message
 * itself ({@link MessageToTell#mayAsk}, no query); only then is a {@link MessageToTell} published,
 * whose listener is durable like every listener of the registry: after chat's commit, retried after
 * a crash, its keys making a retry harmless.
 */
@Component
class ChatNotices {

  static final String MENTION = "chat.mention";
  static final String CHANNEL_MENTION = "chat.channel-mention";
  static final String THREAD_REPLY = "chat.thread-reply";
  static final String DIRECT = "chat.direct";
  private static final int EXCERPT = 200;

  private final MessagesTable messages;
  private final ChannelsTable channels;
  private final MembersTable members;
  private final StatusTable statuses;
  private final OrgDirectory directory;
  private final Notices notices;
  private final Clock clock;

  ChatNotices(
      MessagesTable messages,
      ChannelsTable channels,
      MembersTable members,
      StatusTable statuses,
      OrgDirectory directory,
      Notices notices,
      Clock clock) {
    this.messages = messages;
    this.channels = channels;
    this.members = members;
    this.statuses = statuses;
    this.directory = directory;
    this.notices = notices;
    this.clock = clock;
  }

  @Bean
  static NoticeKinds chatNoticeKinds() {
    return new NoticeKinds("chat", List.of(MENTION, CHANNEL_MENTION, THREAD_REPLY, DIRECT));
  }

  @ApplicationModuleListener
  void on(MessageToTell event) {
    Message message = messages.find(event.messageId()).orElse(null);
    if (message == null || message.deletedAt() != null) {
      return;
    }
    Channel channel = channels.view(message.channelId(), message.authorId()).orElse(null);
    if (channel == null || channel.archived()) {
      return;
    }
    Set<UUID> readers = new HashSet<>(members.of(channel.id()));
    readers.remove(message.authorId());
    if (readers.isEmpty()) {
      return;
    }
    Set<UUID> quiet = inDoNotDisturb(readers);
    NoticeText text = NoticeText.verbatim(excerpt(message.body()));
    if (channel.kind() == ChannelKind.DIRECT || channel.kind() == ChannelKind.GROUP) {
      publish(
          DIRECT,
          readers,
          message,
          channel.kind() == ChannelKind.DIRECT ? "chat.notices.direct" : "chat.notices.group",
          Map.of(),
          text,
          link(message),
          new NoticeGrouping.FoldWhileUnread("chat.direct:" + channel.id()),
          quiet);
      return;
    }
    Map<String, String> where = Map.of("channel", channel.name() == null ? "" : channel.name());
    Set<UUID> told = new LinkedHashSet<>(message.mentions().people());
    told.retainAll(readers);
    publish(
        MENTION,
        told,
        message,
        "chat.notices.mentioned",
        where,
        text,
        link(message),
        new NoticeGrouping.Once("chat.mention:" + message.id()),
        quiet);
    if (message.mentions().all()) {
      Set<UUID> everyone = new LinkedHashSet<>(readers);
      everyone.removeAll(told);
      publish(
          CHANNEL_MENTION,
          everyone,
          message,
          "chat.notices.mentionedAll",
          where,
          text,
          link(message),
          new NoticeGrouping.Once("chat.channel-mention:" + message.id()),
          quiet);
      told.addAll(everyone);
    }
    if (message.threadRootId() != null) {
      Message root = messages.find(message.threadRootId()).orElse(null);
      if (root != null) {
        Set<UUID> following = new LinkedHashSet<>();
        following.add(root.authorId());
        if (root.thread() != null) {
          following.addAll(root.thread().participants());
        }
        following.retainAll(readers);
        following.removeAll(told);
        publish(
            THREAD_REPLY,
            following,
            message,
            "chat.notices.threadReply",
            where,
            text,
            link(message),
            new NoticeGrouping.Once("chat.thread-reply:" + message.id()),
            quiet);
      }
    }
  }

  private void publish(
      String kind,
      Set<UUID> recipients,
      Message message,
      String titleKey,
      Map<String, String> params,
      NoticeText text,
      String link,
      NoticeGrouping grouping,
      Set<UUID> quiet) {
    if (!recipients.isEmpty()) {
      notices.publish(new NoticeRequest(
          kind,
          recipients,
          Set.of(message.authorId()),
          List.of(message.authorId()),
          NoticeText.of(titleKey, params),
          text,
          null,
          link,
          null,
          grouping,
          quiet));
    }
  }

  /**
   * The web client's route to the message: its place in the channel's history, or, for a reply
   * only in its thread, the thread opened beside its root (web/src/app/routes.tsx).
   */
  private String link(Message message) {
    if (message.threadRootId() == null || message.alsoInChannel()) {
      return "/messages/" + message.channelId() + "/" + message.seq();
    }
    String at =
        messages.find(message.threadRootId()).map(root -> "/" + root.seq()).orElse("");
    return "/messages/" + message.channelId() + at + "?thread=" + message.threadRootId();
  }

  private Set<UUID> inDoNotDisturb(Set<UUID> people) {
    Instant now = clock.instant();
    return statuses.dnd(List.copyOf(people)).entrySet().stream()
        .filter(entry ->
            entry.getValue().until() == null || entry.getValue().until().isAfter(now))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  /** The text as a line of the centre shows it: mention tokens as the names people see, cut at a length. */
  private String excerpt(String body) {
    Matcher matcher = Message.MENTION.matcher(body);
    Set<UUID> named = new HashSet<>();
    while (matcher.find()) {
      UUID id = id(matcher.group(1));
      if (id != null) {
        named.add(id);
      }
    }
    Map<UUID, String> names = directory.summaries(named).stream()
        .collect(Collectors.toMap(PersonSummary::id, PersonSummary::name, (a, b) -> a));
    String plain = Message.MENTION.matcher(body).replaceAll(match -> {
      String token = match.group(1);
      UUID id = id(token);
      String name = id != null
          ? names.getOrDefault(id, "…")
          : token.startsWith("&") ? department(token.substring(1)) : token;
      return Matcher.quoteReplacement("@" + name);
    });
    return plain.codePointCount(0, plain.length()) <= EXCERPT
        ? plain
        : plain.substring(0, plain.offsetByCodePoints(0, EXCERPT)) + "…";
  }

  private String department(String token) {
    UUID id = id(token);
    return id == null ? "…" : directory.departmentName(id).orElse("…");
  }

  private static @Nullable UUID id(String token) {
    try {
      return UUID.fromString(token);
    } catch (IllegalArgumentException notAPerson) {
      return null;
    }
  }
}
