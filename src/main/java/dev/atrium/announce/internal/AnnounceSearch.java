package dev.atrium.announce.internal;

import dev.atrium.access.Subject;
import dev.atrium.search.SearchDocument;
import dev.atrium.search.SearchSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Announce's part of the search: published announcements, found by title and text by their
 * recipients and author only. Each carries one key of its own, {@code announce:<id>}, and a person
 * holds the keys of the announcements delivered to them and those they wrote (read from the
 * recipients' index on every search): an audience of 10,000 people costs the index one key, not
 * 10,000, and someone who joins later finds it at once. Withdrawn ones leave the index.
 */
@Component
class AnnounceSearch implements SearchSource {

  static final String KIND = "announcement";
  private static final int BATCH = 500;

  private final AnnouncementsTable announcements;
  private final RecipientsTable recipients;

  AnnounceSearch(AnnouncementsTable announcements, RecipientsTable recipients) {
    this.announcements = announcements;
    this.recipients = recipients;
  }

  @Override
  public Set<String> kinds() {
    return Set.of(KIND);
  }

  @Override
  public long count() {
    return announcements.countPublished();
  }

  @Override
  public void each(Consumer<SearchDocument> sink) {
    UUID after = new UUID(0, 0);
    for (List<AnnouncementRow> batch = announcements.publishedAfter(after, BATCH);
        !batch.isEmpty();
        batch = announcements.publishedAfter(after, BATCH)) {
      batch.forEach(row -> sink.accept(document(row)));
      after = batch.getLast().id();
    }
  }

  @Override
  public Set<String> accessKeys(Subject subject) {
    Set<String> keys = new HashSet<>();
    recipients.publishedFor(subject.personId()).forEach(id -> keys.add(key(id)));
    announcements.publishedBy(subject.personId()).forEach(id -> keys.add(key(id)));
    return keys;
  }

  SearchDocument document(AnnouncementRow row) {
    return new SearchDocument(
        KIND,
        row.id(),
        row.title(),
        row.bodyText(),
        null,
        row.authorId(),
        row.publishedAt() == null ? row.updatedAt() : row.publishedAt(),
        Set.of(key(row.id())),
        row.attachmentFileIds().isEmpty() ? Set.of() : Set.of("file"),
        "/announcements/" + row.id(),
        row.category());
  }

  private static String key(UUID id) {
    return "announce:" + id;
  }
}
