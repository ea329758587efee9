package dev.atrium.chat.internal;

import dev.atrium.access.Subject;
import dev.atrium.chat.Attachment;
import dev.atrium.chat.Message;
import dev.atrium.chat.internal.SearchRows.ChannelRow;
import dev.atrium.chat.internal.SearchRows.MessageRow;
import dev.atrium.files.FileText;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonSummary;
import dev.atrium.search.SearchDocument;
import dev.atrium.search.SearchSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Chat's part of the search: messages, their files and named channels, each readable by whoever
 * may read the channel ({@code channel:<id>}), decided at query time so that leaving a private
 * channel hides its messages at once.
 */
@Component
public class ChatSearch implements SearchSource {

  public static final String MESSAGE = "message";
  public static final String FILE = "file";
  public static final String CHANNEL = "channel";
  private static final int PAGE = 2000;
  private static final Pattern LINK = Pattern.compile("(?i)\\b(https?://|mailto:)");
  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)\\s]*)\\)");
  private static final Pattern PERSON_ID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern MARKUP =
      Pattern.compile("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+\\.)\\s+|[*_~`]+|\\[[ xX]]");

  private final SearchRows rows;
  private final OrgDirectory directory;
  private final FileText fileText;
  private final SearchQueue queue;

  ChatSearch(SearchRows rows, OrgDirectory directory, FileText fileText, SearchQueue queue) {
    this.rows = rows;
    this.queue = queue;
    this.directory = directory;
    this.fileText = fileText;
  }

  @Override
  public Set<String> kinds() {
    return Set.of(MESSAGE, FILE, CHANNEL);
  }

  @Override
  public long count() {
    return rows.countMessages() + rows.countChannels();
  }

  @Override
  public void each(Consumer<SearchDocument> sink) {
    rows.channels().forEach(channel -> sink.accept(channel(channel)));
    UUID after = new UUID(0, 0);
    for (List<MessageRow> page = rows.messagesAfter(after, PAGE);
        !page.isEmpty();
        page = rows.messagesAfter(after, PAGE)) {
      documents(page).forEach(sink);
      after = page.getLast().id();
    }
  }

  @Override
  public Set<String> accessKeys(Subject subject) {
    return rows.readable(subject.personId(), subject.guest()).stream()
        .map(ChatSearch::key)
        .collect(Collectors.toSet());
  }

  @Override
  public long pending() {
    return queue.count();
  }

  /** The messages' documents as they are now: each message and its files; none of a deleted one. */
  List<SearchDocument> documents(List<MessageRow> messages) {
    List<MessageRow> present =
        messages.stream().filter(message -> !message.deleted()).toList();
    Map<UUID, String> names = names(present);
    Map<UUID, String> texts = fileTexts(present);
    return present.stream()
        .flatMap(message -> documents(message, names, texts).stream())
        .toList();
  }

  SearchDocument channel(ChannelRow channel) {
    String body =
        String.join("\n", nonNull(channel.topic()), nonNull(channel.purpose())).strip();
    return new SearchDocument(
        CHANNEL,
        channel.id(),
        channel.name(),
        body,
        null,
        channel.createdBy(),
        channel.createdAt(),
        Set.of(key(channel.id())),
        Set.of(),
        "/messages/" + channel.id(),
        "");
  }

  private List<SearchDocument> documents(
      MessageRow message, Map<UUID, String> names, Map<UUID, String> fileTexts) {
    // a reply only in its thread opens at its root, where the thread is
    long seq =
        message.rootSeq() != null && !message.alsoInChannel() ? message.rootSeq() : message.seq();
    String link = "/messages/" + message.channelId() + "/" + seq;
    Set<String> access = Set.of(key(message.channelId()));
    Set<String> has = new HashSet<>();
    if (!message.attachments().isEmpty()) {
      has.add(FILE);
    }
    if (LINK.matcher(message.body()).find()) {
      has.add("link");
    }
    List<SearchDocument> documents = new ArrayList<>();
    documents.add(new SearchDocument(
        MESSAGE,
        message.id(),
        "",
        text(message.body(), names),
        message.channelId(),
        message.authorId(),
        message.createdAt(),
        access,
        has,
        link,
        ""));
    for (Attachment file : message.attachments()) {
      // found by name even when its contents cannot be read (a scan, a damaged file, over the
      // limits)
      documents.add(new SearchDocument(
          FILE,
          file.id(),
          file.name(),
          fileTexts.getOrDefault(file.id(), ""),
          message.channelId(),
          message.authorId(),
          message.createdAt(),
          access,
          Set.of(FILE),
          link,
          ""));
    }
    return documents;
  }

  /** The text people read: mentions as names, Markdown signs dropped, a link's words and address kept. */
  static String text(String body, Map<UUID, String> names) {
    String named = Message.MENTION
        .matcher(body)
        .replaceAll(match -> Matcher.quoteReplacement("@" + mentioned(match.group(1), names)));
    named = MARKDOWN_LINK.matcher(named).replaceAll("$1 $2");
    return MARKUP.matcher(named).replaceAll(" ").replaceAll("[ \\t]+", " ").strip();
  }

  private Map<UUID, String> fileTexts(Collection<MessageRow> messages) {
    return fileText.texts(messages.stream()
        .flatMap(message -> message.attachments().stream())
        .map(Attachment::id)
        .toList());
  }

  private Map<UUID, String> names(Collection<MessageRow> messages) {
    Set<UUID> mentioned = new HashSet<>();
    for (MessageRow message : messages) {
      Message.MENTION
          .matcher(message.body())
          .results()
          .map(match -> match.group(1))
          .filter(ChatSearch::isPerson)
          .forEach(id -> mentioned.add(UUID.fromString(id)));
    }
    return mentioned.isEmpty()
        ? Map.of()
        : directory.summaries(mentioned).stream()
            .collect(Collectors.toMap(PersonSummary::id, PersonSummary::name));
  }

  /** What a mention reads as: a person's name, all or channel; a department's name is not at hand, so only the sign. */
  private static String mentioned(String target, Map<UUID, String> names) {
    if (isPerson(target)) {
      return names.getOrDefault(UUID.fromString(target), "");
    }
    return target.equals("all") || target.equals("channel") ? target : "";
  }

  /** A person's id as a UUID writes it; the token's looser pattern also takes 36 dashes, which are text. */
  private static boolean isPerson(String target) {
    return PERSON_ID.matcher(target).matches();
  }

  private static String key(UUID channelId) {
    return "channel:" + channelId;
  }

  private static String nonNull(@Nullable String value) {
    return value == null ? "" : value;
  }
}
