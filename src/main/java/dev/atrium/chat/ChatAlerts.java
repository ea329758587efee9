package dev.atrium.chat;

import dev.atrium.access.Subject;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * What chat offers other modules, and nothing more (named interface {@code chat::alerts}, ADR
 * 0010): a DING about one of their objects, and a message posted on a person's behalf. Both are
 * chat's own paths (a person's DING, a person's post), so what follows them (live alerts, notices,
 * search, streams, link cards) is the same. Call them from a durable listener after your commit:
 * each is safe to run twice.
 */
@NamedInterface("alerts")
@Service
public class ChatAlerts {

  private final Dings dings;
  private final Messages messages;

  ChatAlerts(Dings dings, Messages messages) {
    this.dings = dings;
    this.messages = messages;
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
}
