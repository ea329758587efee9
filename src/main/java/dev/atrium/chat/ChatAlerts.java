package dev.atrium.chat;

import dev.atrium.access.Subject;
import dev.atrium.chat.ChatStreamEvent.CardChanged;
import dev.atrium.chat.internal.ChannelStream;
import dev.atrium.chat.internal.ChannelsTable;
import dev.atrium.chat.internal.MembersTable;
import dev.atrium.chat.internal.MessagesTable;
import dev.atrium.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What chat offers other modules to write, and nothing more (named interface {@code chat::alerts},
 * ADR 0010): a DING about one of their objects, a message posted on a person's behalf (in a channel,
 * or as a reply to a message), and word that an object a card links to changed. The first are
 * chat's own paths (a person's DING, a person's post), so what follows them (live alerts, notices,
 * search, streams, link cards) is the same. Call them from a durable listener after your commit:
 * each is safe to run twice.
 */
@NamedInterface("alerts")
@Service
public class ChatAlerts {

  private final Dings dings;
  private final Messages messages;
  private final MessagesTable stored;
  private final Channels channels;
  private final ChannelsTable channelRows;
  private final ChannelStream stream;
  private final MembersTable members;

  ChatAlerts(
      Dings dings,
      Messages messages,
      MessagesTable stored,
      Channels channels,
      ChannelsTable channelRows,
      ChannelStream stream,
      MembersTable members) {
    this.dings = dings;
    this.messages = messages;
    this.stored = stored;
    this.channels = channels;
    this.channelRows = channelRows;
    this.stream = stream;
    this.members = members;
  }

  /**
   * DINGs {@code recipients} (whoever the calling module decided may open {@code link}) about an
   * object titled {@code title}, on behalf of {@code authorId}; {@code link} is the web client's
   * path to it ({@code /announcements/<id>}). Calling again for the same author and link tells only
   * the recipients not dinged yet. Answers the DING's id. Refused: an empty title
   * ({@code chat.ding-title-empty}), a link that is no path of the web client
   * ({@code chat.ding-link-invalid}).
   */
  public UUID ding(UUID authorId, Collection<UUID> recipients, String title, String link) {
    return dings.sendAbout(authorId, recipients, title, link);
  }

  /**
   * Posts {@code text} in a channel as {@code author}, exactly as their own post would be (a link
   * to an Atrium object in it unfurls as a card), and answers the message's id. Refused as their
   * post would be: a channel they may not see (404 {@code chat.channel-not-found}), are not in (403
   * {@code chat.not-member}), may not post in ({@code chat.posting-restricted}) or that is archived
   * ({@code chat.channel-archived}), and a text too long or empty. The same text posted again by the
   * same author in the same channel through here is the same message, so a retry never duplicates.
   */
  public UUID postLink(Subject author, UUID channelId, String text) {
    UUID clientMessageId = UUID.nameUUIDFromBytes(
        ("chat-alerts:" + channelId + ":" + text).getBytes(StandardCharsets.UTF_8));
    return messages
        .post(author, channelId, new PostMessage(clientMessageId, text))
        .message()
        .id();
  }

  /**
   * Posts {@code text} as {@code author}'s reply to a message, where the message is: in its thread
   * when it is a thread reply, else in the channel, quoting it (a person's reply in chat, as Feishu
   * answers a message with the card of what was made from it). Refused as {@link #postLink} is, and
   * 404 {@code chat.message-not-found} for a message that does not exist or is deleted. Safe to
   * repeat: the same text in reply to the same message is the same message.
   */
  public UUID replyWithLink(Subject author, UUID messageId, String text) {
    Message message = stored
        .find(messageId)
        .filter(m -> m.deletedAt() == null)
        .orElseThrow(() -> DomainException.notFound("chat.message-not-found", "No such message."));
    UUID clientMessageId = UUID.nameUUIDFromBytes(
        ("chat-alerts-reply:" + messageId + ":" + text).getBytes(StandardCharsets.UTF_8));
    return messages
        .post(
            author,
            message.channelId(),
            new PostMessage(
                clientMessageId,
                text,
                null,
                message.threadRootId() == null ? null : message.id(),
                null,
                message.id()))
        .message()
        .id();
  }

  /**
   * Tells a channel's members that the object behind {@code link} (a web client path such as
   * {@code /tasks/<id>}) changed, so a card of it in the conversation shows it as it now is: a
   * {@code card.changed} entry in the channel's stream, on which clients fetch the link's card
   * again. Carries no content (each member's fetch decides what they may see). Unknown channels are
   * ignored; a link that is no path of the web client is refused ({@code chat.ding-link-invalid}).
   */
  @Transactional
  public void cardChanged(UUID channelId, String link) {
    if (!link.startsWith("/") || link.startsWith("//") || link.length() > 2048) {
      throw DomainException.badRequest(
          "chat.ding-link-invalid", "A DING links to a path of the web client.");
    }
    if (!channelRows.exists(channelId)) {
      return;
    }
    stream.append(channelId, channels.now(), members.of(channelId), seq -> new CardChanged(link));
  }
}
