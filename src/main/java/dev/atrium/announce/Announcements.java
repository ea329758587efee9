package dev.atrium.announce;

import dev.atrium.access.Subject;
import dev.atrium.announce.internal.AnnouncementRow;
import dev.atrium.announce.internal.AnnouncementVersionsTable;
import dev.atrium.announce.internal.AnnouncementsTable;
import dev.atrium.announce.internal.BodyText;
import dev.atrium.announce.internal.CategoriesTable;
import dev.atrium.announce.internal.ListingsTable;
import dev.atrium.files.StoredFiles;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import dev.atrium.shared.RichDocument;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Writing and reading announcements: drafts, corrections of published ones (each a new version),
 * the lists and the must-read banner. Whoever may not see an announcement gets 404
 * {@code announce.not-found} for it, whatever they ask ({@link Seen}).
 */
@Service
public class Announcements {

  /** The owner kind of files hung on an announcement (cover image, attachments, images in the body). */
  static final String FILE_OWNER = "announce.announcement";

  private final AnnouncementsTable table;
  private final Readers readers;
  private final AnnouncementVersionsTable versions;
  private final CategoriesTable categories;
  private final ListingsTable listings;
  private final AnnouncementViews views;
  private final Authorities authorities;
  private final Audiences audiences;
  private final StoredFiles files;
  private final ObjectMapper json;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Announcements(
      AnnouncementsTable table,
      Readers readers,
      AnnouncementVersionsTable versions,
      CategoriesTable categories,
      ListingsTable listings,
      AnnouncementViews views,
      Authorities authorities,
      Audiences audiences,
      StoredFiles files,
      ObjectMapper json,
      ApplicationEventPublisher events,
      Clock clock) {
    this.table = table;
    this.readers = readers;
    this.versions = versions;
    this.categories = categories;
    this.listings = listings;
    this.views = views;
    this.authorities = authorities;
    this.audiences = audiences;
    this.files = files;
    this.json = json;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Announcement create(Subject subject, AnnouncementDraft draft) {
    if (subject.guest()) {
      throw DomainException.forbidden("announce.guest", "Guests do not publish announcements.");
    }
    Instant now = now();
    UUID id = Ids.newId();
    table.insert(id, subject.personId(), content(draft, null, now), now);
    attach(subject, id, draft, Set.of());
    return get(subject, id);
  }

  /**
   * Changes a draft, a returned or a scheduled one; or corrects a published one: a new version,
   * which asks readers to confirm again when {@code reconfirm}. A published one keeps its audience.
   */
  @Transactional
  public Announcement update(Subject subject, UUID id, AnnouncementDraft draft) {
    Seen seen = seenForUpdate(subject, id);
    AnnouncementRow row = seen.row();
    if (!seen.author()) {
      throw DomainException.forbidden(
          "announce.not-author", "Only its author changes an announcement.");
    }
    Instant now = now();
    Set<UUID> held = new LinkedHashSet<>(row.attachmentFileIds());
    if (row.coverFileId() != null) {
      held.add(row.coverFileId());
    }
    held.addAll(BodyText.fileIds(views.body(row.body())));
    switch (row.state()) {
      case DRAFT, RETURNED -> table.updateContent(id, content(draft, null, now), now);
      case SCHEDULED -> {
        audiences.checked(subject, draft.audience());
        table.updateContent(id, content(draft, row.publishAt(), now), now);
      }
      case PUBLISHED -> {
        AnnouncementsTable.Content content = content(draft, row.publishedAt(), now);
        table.updateContent(
            id,
            new AnnouncementsTable.Content(
                content.title(),
                content.body(),
                content.bodyText(),
                content.category(),
                content.importance(),
                content.mustRead(),
                content.coverFileId(),
                content.attachmentFileIds(),
                content.expiresAt(),
                content.pinnedUntil(),
                content.commentsEnabled(),
                content.reactionsEnabled(),
                row.channelId(),
                row.audience(),
                row.includeLaterJoiners()),
            now);
        int version = row.version() + 1;
        versions.insert(
            id,
            version,
            content.title(),
            content.body(),
            content.bodyText(),
            subject.personId(),
            now,
            draft.reconfirm());
        table.markCorrected(id, version, draft.reconfirm(), now);
        events.publishEvent(new AnnouncementChanged(id));
      }
      case PENDING_APPROVAL, WITHDRAWN ->
        throw DomainException.conflict(
            "announce.not-editable",
            "This announcement cannot be changed now: it waits for a reviewer or was withdrawn.");
    }
    attach(subject, id, draft, held);
    return get(subject, id);
  }

  /** Deletes a draft or a returned one, with its files. */
  @Transactional
  public void delete(Subject subject, UUID id) {
    Seen seen = seenForUpdate(subject, id);
    if (!seen.capabilities(now()).delete()) {
      throw DomainException.conflict(
          "announce.not-deletable", "Only its author deletes a draft; withdraw a published one.");
    }
    files.release(FILE_OWNER, List.of(id));
    table.delete(id);
  }

  @Transactional(readOnly = true)
  public Announcement get(Subject subject, UUID id) {
    return views.full(seen(subject, id), subject.personId());
  }

  /** What the subject may do with the announcement; 404 when they may not see it. */
  @Transactional(readOnly = true)
  public AnnouncementCapabilities capabilities(Subject subject, UUID id) {
    return seen(subject, id).capabilities(now());
  }

  /** True when the subject may see the announcement (and so download its files). */
  @Transactional(readOnly = true)
  public boolean mayRead(Subject subject, UUID id) {
    return readers.mayRead(subject, id);
  }

  @Transactional(readOnly = true)
  public AnnouncementList list(
      Subject subject,
      String box,
      @Nullable String category,
      @Nullable String query,
      @Nullable String from,
      @Nullable String to,
      @Nullable String cursor,
      @Nullable Integer limit) {
    Box which;
    try {
      which = Box.valueOf(box.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DomainException.badRequest(
          "announce.box-unknown", "Choose the inbox, the archive, mine or review.");
    }
    int size = limit == null ? 20 : limit;
    if (size < 1 || size > 100) {
      throw DomainException.badRequest(
          "announce.limit-invalid", "Between 1 and 100 announcements are loaded at once.");
    }
    if (which == Box.REVIEW && !authorities.reviewer(subject)) {
      return new AnnouncementList(List.of(), null);
    }
    String q = query == null || query.isBlank() ? null : query.strip();
    String c = category == null || category.isBlank() ? null : category;
    Instant since = instant(from);
    Instant until = instant(to);
    if (since != null && until != null && !since.isBefore(until)) {
      throw DomainException.badRequest(
          "announce.date-range-invalid", "The end of a date range must come after its start.");
    }
    ListingsTable.Listing listing = listings.list(
        which,
        subject.personId(),
        c,
        q,
        since,
        until,
        cursor == null || cursor.isBlank() ? null : ListingsTable.Cursor.decode(cursor),
        size,
        now());
    return new AnnouncementList(summaries(subject, listing.items()), listing.next());
  }

  /** A list's date bound: an ISO-8601 time with its offset ({@code 2026-12-01T00:00:00+08:00}). */
  private static @Nullable Instant instant(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw DomainException.badRequest(
          "announce.date-invalid",
          "A date filter is a time with its offset, such as 2026-12-01T00:00:00+08:00.");
    }
  }

  /** My unconfirmed must-reads, newest first: the banner above every screen. */
  @Transactional(readOnly = true)
  public List<AnnouncementSummary> banner(Subject subject) {
    return summaries(subject, listings.unconfirmed(subject.personId(), now()));
  }

  @Transactional(readOnly = true)
  public List<VersionSummary> versions(Subject subject, UUID id) {
    seen(subject, id);
    List<AnnouncementVersionsTable.Row> rows = versions.all(id);
    var names =
        views.names(rows.stream().map(AnnouncementVersionsTable.Row::editedBy).toList());
    return rows.stream()
        .map(v -> new VersionSummary(
            v.version(),
            v.title(),
            v.editedAt(),
            new AnnouncementPerson(v.editedBy(), names.getOrDefault(v.editedBy(), "")),
            v.reconfirm()))
        .toList();
  }

  @Transactional(readOnly = true)
  public AnnouncementVersion version(Subject subject, UUID id, int n) {
    seen(subject, id);
    AnnouncementVersionsTable.Row v = versions
        .find(id, n)
        .orElseThrow(() -> DomainException.notFound(
            "announce.version-not-found", "This announcement has no such version."));
    return new AnnouncementVersion(
        v.version(),
        v.title(),
        views.body(v.body()),
        v.bodyText(),
        v.editedAt(),
        views.name(v.editedBy()),
        v.reconfirm());
  }

  private List<AnnouncementSummary> summaries(Subject subject, List<ListingsTable.Listed> rows) {
    List<Seen> seen = new ArrayList<>(rows.size());
    for (ListingsTable.Listed listed : rows) {
      seen.add(new Seen(
          listed.row(),
          listed.receipt(),
          listed.row().authorId().equals(subject.personId()),
          false,
          false));
    }
    return views.summaries(seen);
  }

  /** The announcement as the subject may see it; 404 when they may not. */
  Seen seen(Subject subject, UUID id) {
    return visible(table.find(id).map(row -> seen(subject, row)).orElse(null));
  }

  /** {@link #seen(Subject, UUID)} on the row locked for a change. */
  Seen seenForUpdate(Subject subject, UUID id) {
    return visible(table.lock(id).map(row -> seen(subject, row)).orElse(null));
  }

  Seen seen(Subject subject, AnnouncementRow row) {
    return readers.seen(subject, row);
  }

  private static Seen visible(@Nullable Seen seen) {
    if (seen == null || !seen.visible()) {
      throw notFound();
    }
    return seen;
  }

  static DomainException notFound() {
    return DomainException.notFound("announce.not-found", "There is no such announcement.");
  }

  /** Checks and stores what the author wrote; {@code publishAt} is when it goes out, if known. */
  private AnnouncementsTable.Content content(
      AnnouncementDraft draft, @Nullable Instant publishAt, Instant now) {
    var category = categories
        .find(draft.category())
        .filter(c -> !c.archived())
        .orElseThrow(() -> DomainException.badRequest(
            "announce.category-unknown", "Choose one of the categories."));
    checkExpiry(draft.expiresAt(), publishAt == null ? now : publishAt);
    RichDocument.Checked body = BodyText.check(json, draft.body());
    List<UUID> attachments = List.copyOf(new LinkedHashSet<>(draft.attachmentFileIds()));
    return new AnnouncementsTable.Content(
        draft.title().strip(),
        body.json(),
        body.text(),
        category.key(),
        draft.importance(),
        draft.mustRead(),
        draft.coverFileId(),
        attachments,
        draft.expiresAt(),
        draft.pinnedUntil(),
        draft.commentsEnabled(),
        draft.reactionsEnabled(),
        draft.channelId(),
        views.audienceJson(draft.audience()),
        draft.includeLaterJoiners());
  }

  static void checkExpiry(@Nullable Instant expiresAt, Instant publication) {
    if (expiresAt != null && !expiresAt.isAfter(publication)) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "announce.expiry-before-publication",
          "An announcement expires after it is published.",
          java.util.Map.of("publication", publication.toString()));
    }
  }

  /** Hangs the author's new uploads (not yet held by this announcement) on it, so its readers may read them. */
  private void attach(Subject subject, UUID id, AnnouncementDraft draft, Set<UUID> held) {
    Set<UUID> wanted = new LinkedHashSet<>(draft.attachmentFileIds());
    if (draft.coverFileId() != null) {
      wanted.add(draft.coverFileId());
    }
    wanted.addAll(BodyText.fileIds(draft.body()));
    wanted.removeAll(held);
    if (!wanted.isEmpty()) {
      files.attach(subject, wanted, FILE_OWNER, id);
    }
  }

  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
