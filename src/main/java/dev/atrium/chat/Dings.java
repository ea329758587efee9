package dev.atrium.chat;

import dev.atrium.access.Subject;
import dev.atrium.chat.internal.DingAcknowledged;
import dev.atrium.chat.internal.DingToTell;
import dev.atrium.chat.internal.DingsTable;
import dev.atrium.chat.internal.MembersTable;
import dev.atrium.chat.internal.MessagesTable;
import dev.atrium.chat.internal.PlainText;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonSummary;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DINGs: the author of a message alerts chosen members of its channel about it, or another module
 * alerts the people it chose about one of its objects ({@link ChatAlerts}). Each recipient's open
 * clients hear of it at once (the {@code chat.ding} signal) and it waits for them, in
 * {@link #waiting}, until they acknowledge it; a {@code chat.ding} notice goes to the bell too.
 */
@Service
public class Dings {

  /** The most people one message's DING may name. */
  public static final int MAX_PEOPLE = 50;
  /** The longest title, in characters. */
  public static final int MAX_TITLE = 200;
  /** The most waiting DINGs one answer lists. */
  static final int MAX_WAITING = 50;

  private final Channels channels;
  private final MessagesTable messages;
  private final MembersTable members;
  private final DingsTable dings;
  private final PlainText text;
  private final OrgDirectory directory;
  private final ApplicationEventPublisher events;

  Dings(
      Channels channels,
      MessagesTable messages,
      MembersTable members,
      DingsTable dings,
      PlainText text,
      OrgDirectory directory,
      ApplicationEventPublisher events) {
    this.channels = channels;
    this.messages = messages;
    this.members = members;
    this.dings = dings;
    this.text = text;
    this.directory = directory;
    this.events = events;
  }

  /**
   * The message's author DINGs members of its channel. Refused, with nothing stored, for a message
   * one may not see (404), someone else's (403), in a channel one left or that is archived, a deleted
   * message, and for an empty list, oneself, too many people or someone not in the channel.
   */
  @Transactional
  public Ding send(Subject subject, UUID channelId, long seq, SendDing command) {
    channels.visible(subject, channelId);
    Message message = messages.bySeq(channelId, seq).orElseThrow(SeenMessages::notFound);
    if (!message.authorId().equals(subject.personId())) {
      throw DomainException.forbidden(
          "chat.ding-not-author", "Only a message's author may DING people about it.");
    }
    Channel channel = channels.member(subject, channelId);
    Channels.refuseArchived(channel);
    SeenMessages.refuseDeleted(message);
    Set<UUID> people = checkPeople(subject, channelId, command.people());
    Instant now = channels.now();
    DingsTable.Row row = new DingsTable.Row(
        Ids.newId(),
        subject.personId(),
        channelId,
        seq,
        text.excerpt(message.body(), MAX_TITLE),
        "/messages/" + channelId + "/" + seq,
        now);
    dings.insert(row);
    tell(row, dings.addRecipients(row.id(), people));
    return asAuthor(row);
  }

  /**
   * Another module's DING of its object: the one this author already sent for this link gains the
   * recipients it did not have yet (so a retried listener tells nobody twice), or a new one is made.
   * The author is never their own recipient.
   */
  @Transactional
  public UUID sendAbout(UUID authorId, Collection<UUID> recipients, String title, String link) {
    String line = PlainText.cut(title.strip(), MAX_TITLE);
    if (line.isEmpty()) {
      throw DomainException.badRequest("chat.ding-title-empty", "A DING needs a title.");
    }
    if (!link.startsWith("/") || link.startsWith("//") || link.length() > 2048) {
      throw DomainException.badRequest(
          "chat.ding-link-invalid", "A DING links to a path of the web client.");
    }
    Set<UUID> people = new LinkedHashSet<>(recipients);
    people.remove(authorId);
    DingsTable.Row row = dings.ofObject(
        new DingsTable.Row(Ids.newId(), authorId, null, null, line, link, channels.now()));
    tell(row, dings.addRecipients(row.id(), people));
    return row.id();
  }

  /** My DINGs not yet acknowledged, newest first. */
  @Transactional(readOnly = true)
  public List<Ding> waiting(Subject subject) {
    List<DingsTable.Row> rows = dings.waitingFor(subject.personId(), MAX_WAITING);
    Map<UUID, PersonSummary> authors =
        people(rows.stream().map(DingsTable.Row::authorId).toList());
    return rows.stream().map(row -> view(row, authors, null, null)).toList();
  }

  /** One DING, to its author (with who acknowledged) and its recipients; anyone else: 404. */
  @Transactional(readOnly = true)
  public Ding get(Subject subject, UUID dingId) {
    DingsTable.Row row = dings.find(dingId).orElseThrow(Dings::notFound);
    if (row.authorId().equals(subject.personId())) {
      return asAuthor(row);
    }
    DingsTable.RecipientRow mine =
        dings.recipient(dingId, subject.personId()).orElseThrow(Dings::notFound);
    return view(row, people(List.of(row.authorId())), mine.acknowledgedAt(), null);
  }

  /**
   * The recipient acknowledges: their alert closes on every device, the author sees it. Again
   * changes nothing (the first time is kept). The author who is no recipient: 403; anyone else: 404.
   */
  @Transactional
  public Ding acknowledge(Subject subject, UUID dingId) {
    DingsTable.Row row = dings.find(dingId).orElseThrow(Dings::notFound);
    if (dings.recipient(dingId, subject.personId()).isEmpty()) {
      if (row.authorId().equals(subject.personId())) {
        throw DomainException.forbidden(
            "chat.ding-not-recipient", "Only the people dinged acknowledge a DING.");
      }
      throw notFound();
    }
    Instant now = channels.now();
    if (dings.acknowledge(dingId, subject.personId(), now)) {
      events.publishEvent(new DingAcknowledged(dingId, row.authorId(), subject.personId(), now));
    }
    return get(subject, dingId);
  }

  private Set<UUID> checkPeople(Subject subject, UUID channelId, @Nullable List<UUID> asked) {
    Set<UUID> people = asked == null ? Set.of() : new LinkedHashSet<>(asked);
    if (people.isEmpty()) {
      throw DomainException.badRequest("chat.ding-empty", "Choose whom to DING.");
    }
    if (people.contains(subject.personId())) {
      throw DomainException.badRequest("chat.ding-self", "A DING goes to others.");
    }
    if (people.size() > MAX_PEOPLE) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "chat.ding-too-many",
          "A DING may name at most " + MAX_PEOPLE + " people.",
          Map.of("max", MAX_PEOPLE));
    }
    Set<UUID> outside = new LinkedHashSet<>(people);
    outside.removeAll(new HashSet<>(members.of(channelId)));
    if (!outside.isEmpty()) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "chat.ding-not-member",
          "Only members of this conversation can be dinged about it.",
          Map.of("people", List.copyOf(outside)));
    }
    return people;
  }

  private void tell(DingsTable.Row row, List<UUID> added) {
    if (!added.isEmpty()) {
      events.publishEvent(
          new DingToTell(view(row, people(List.of(row.authorId())), null, null), added));
    }
  }

  private Ding asAuthor(DingsTable.Row row) {
    List<DingsTable.RecipientRow> recipients = dings.recipients(row.id());
    Set<UUID> ids = new HashSet<>();
    ids.add(row.authorId());
    recipients.forEach(r -> ids.add(r.personId()));
    Map<UUID, PersonSummary> people = people(ids);
    List<Ding.Recipient> named = recipients.stream()
        .map(r -> {
          PersonSummary p = people.get(r.personId());
          return new Ding.Recipient(
              r.personId(),
              p == null ? "" : p.name(),
              p == null ? "" : p.avatarColor(),
              r.acknowledgedAt());
        })
        .sorted(Comparator.comparing(Ding.Recipient::name))
        .toList();
    return view(row, people, null, named);
  }

  private static Ding view(
      DingsTable.Row row,
      Map<UUID, PersonSummary> people,
      @Nullable Instant acknowledgedAt,
      @Nullable List<Ding.Recipient> recipients) {
    PersonSummary author = people.get(row.authorId());
    return new Ding(
        row.id(),
        new Ding.Person(
            row.authorId(),
            author == null ? "" : author.name(),
            author == null ? "" : author.avatarColor()),
        row.title(),
        row.link(),
        row.channelId(),
        row.seq(),
        row.createdAt(),
        acknowledgedAt,
        recipients);
  }

  private Map<UUID, PersonSummary> people(Collection<UUID> ids) {
    return directory.summaries(Set.copyOf(ids)).stream()
        .collect(Collectors.toMap(PersonSummary::id, Function.identity(), (a, b) -> a));
  }

  private static DomainException notFound() {
    return DomainException.notFound("chat.ding-not-found", "No such DING.");
  }
}
