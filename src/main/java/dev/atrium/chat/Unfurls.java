package dev.atrium.chat;

import dev.atrium.access.Subject;
import dev.atrium.chat.internal.MessagesTable;
import dev.atrium.org.DirectorySearch;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonProfile;
import dev.atrium.org.PersonRef;
import dev.atrium.search.LinkPreview;
import dev.atrium.search.LinkPreviews;
import dev.atrium.shared.DomainException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Turns links to Atrium objects into cards: a message permalink ({@code /messages/<channel>/<seq>}),
 * a channel ({@code /messages/<channel>}) and a person ({@code /directory/people/<id>}). A link to
 * something the caller may not see gets no card at all, so a card never tells more than the link.
 */
@Service
public class Unfurls {

  /** The most links resolved in one call. */
  public static final int MAX_URLS = 20;
  /** The longest excerpt of a linked message, in characters. */
  public static final int EXCERPT = 200;

  private static final String ID =
      "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})";
  private static final Pattern MESSAGE = Pattern.compile("^/messages/" + ID + "/(\\d{1,18})/?$");
  private static final Pattern CHANNEL = Pattern.compile("^/messages/" + ID + "/?$");
  private static final Pattern PERSON = Pattern.compile("^/directory/people/" + ID + "/?$");

  /**
   * One card: {@code kind} says which of {@code channel}, {@code message}, {@code person} is set; for
   * another module's object ({@code page}) {@code preview} is.
   */
  public record Card(
      String url,
      String kind,
      @Nullable ChannelCard channel,
      @Nullable MessageCard message,
      @Nullable PersonCard person,
      @Nullable LinkPreview preview) {

    Card(
        String url,
        String kind,
        @Nullable ChannelCard channel,
        @Nullable MessageCard message,
        @Nullable PersonCard person) {
      this(url, kind, channel, message, person, null);
    }
  }

  /** A channel; for a direct conversation {@code name} is the other person's. */
  public record ChannelCard(
      UUID id,
      ChannelKind kind,
      @Nullable String name,
      @Nullable String topic) {}

  public record MessageCard(
      UUID id,
      long seq,
      UUID authorId,
      String authorName,
      String excerpt,
      Instant createdAt,
      int attachmentCount) {}

  public record PersonCard(
      UUID id,
      String name,
      @Nullable String title,
      @Nullable String departmentName,
      String avatarColor) {}

  private final Channels channels;
  private final MessagesTable messages;
  private final OrgDirectory directory;
  private final DirectorySearch people;
  private final List<LinkPreviews> previews;

  Unfurls(
      Channels channels,
      MessagesTable messages,
      OrgDirectory directory,
      DirectorySearch people,
      List<LinkPreviews> previews) {
    this.channels = channels;
    this.messages = messages;
    this.directory = directory;
    this.people = people;
    this.previews = previews;
  }

  /**
   * Cards for the links the caller may see, in the order asked; others are left out. Not one
   * transaction: a refused lookup (a person one may not see) must not mark a shared one rollback-only.
   */
  public List<Card> unfurl(Subject subject, List<String> urls) {
    if (urls.size() > MAX_URLS) {
      throw DomainException.badRequest(
          "chat.unfurl-too-many", "At most " + MAX_URLS + " links at a time.");
    }
    List<Card> cards = new ArrayList<>();
    for (String url : urls.stream().distinct().toList()) {
      card(subject, url).ifPresent(cards::add);
    }
    return cards;
  }

  private Optional<Card> card(Subject subject, String url) {
    String path;
    try {
      path = URI.create(url.strip()).getPath();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (path == null) {
      return Optional.empty();
    }
    Matcher m = MESSAGE.matcher(path);
    if (m.matches()) {
      UUID channelId = UUID.fromString(m.group(1));
      long seq = Long.parseLong(m.group(2));
      return channels
          .visibleOrEmpty(subject, channelId)
          .flatMap(channel -> messages
              .bySeq(channelId, seq)
              .filter(message -> message.deletedAt() == null)
              .map(message ->
                  new Card(url, "message", channelCard(channel), messageCard(message), null)));
    }
    m = CHANNEL.matcher(path);
    if (m.matches()) {
      return channels
          .visibleOrEmpty(subject, UUID.fromString(m.group(1)))
          .map(channel -> new Card(url, "channel", channelCard(channel), null, null));
    }
    m = PERSON.matcher(path);
    if (m.matches()) {
      try {
        PersonProfile p = people.profile(subject, UUID.fromString(m.group(1)));
        return Optional.of(new Card(
            url,
            "person",
            null,
            null,
            new PersonCard(p.id(), p.name(), p.title(), p.departmentName(), p.avatarColor())));
      } catch (DomainException notVisible) {
        return Optional.empty();
      }
    }
    for (LinkPreviews source : previews) {
      Optional<LinkPreview> preview = source.preview(subject, path);
      if (preview.isPresent()) {
        return Optional.of(new Card(url, preview.get().kind(), null, null, null, preview.get()));
      }
    }
    return Optional.empty();
  }

  private ChannelCard channelCard(Channel channel) {
    String name = channel.name();
    if (name == null && channel.otherPersonId() != null) {
      name = directory.find(channel.otherPersonId()).map(PersonRef::name).orElse(null);
    }
    return new ChannelCard(channel.id(), channel.kind(), name, channel.topic());
  }

  private MessageCard messageCard(Message message) {
    String author = directory.find(message.authorId()).map(PersonRef::name).orElse("");
    String body = message.body().strip();
    String excerpt = body.codePointCount(0, body.length()) <= EXCERPT
        ? body
        : body.substring(0, body.offsetByCodePoints(0, EXCERPT)) + "…";
    return new MessageCard(
        message.id(),
        message.seq(),
        message.authorId(),
        author,
        excerpt,
        message.createdAt(),
        message.attachments().size());
  }
}
