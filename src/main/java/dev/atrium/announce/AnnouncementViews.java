package dev.atrium.announce;

import dev.atrium.announce.internal.AnnouncementRow;
import dev.atrium.announce.internal.BodyText;
import dev.atrium.announce.internal.DiscussionTable;
import dev.atrium.announce.internal.Receipt;
import dev.atrium.files.StoredFiles;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import dev.atrium.org.PersonSummary;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Turns rows into what the API answers, as one person sees them. */
@Component
class AnnouncementViews {

  static final int EXCERPT = 200;

  private final OrgDirectory directory;
  private final DiscussionTable comments;
  private final ObjectMapper json;
  private final Clock clock;
  private final StoredFiles files;

  AnnouncementViews(
      OrgDirectory directory,
      DiscussionTable comments,
      ObjectMapper json,
      Clock clock,
      StoredFiles files) {
    this.directory = directory;
    this.comments = comments;
    this.json = json;
    this.clock = clock;
    this.files = files;
  }

  Announcement full(Seen seen, UUID viewerId) {
    AnnouncementRow row = seen.row();
    return new Announcement(
        row.id(),
        row.title(),
        BodyText.excerpt(row.bodyText(), EXCERPT),
        row.category(),
        row.importance(),
        row.mustRead(),
        row.coverFileId(),
        name(row.authorId()),
        row.state(),
        row.publishedAt(),
        row.publishAt(),
        row.expiresAt(),
        row.pinnedUntil(),
        row.version(),
        read(seen.receipt()),
        seen.needsConfirmation(),
        seen.updatedSinceOpened(),
        body(row.body()),
        row.attachmentFileIds(),
        attachments(row),
        audience(row.audience()),
        row.includeLaterJoiners(),
        row.commentsEnabled(),
        row.reactionsEnabled(),
        row.channelId(),
        row.returnComment(),
        row.recipientCount(),
        row.requiredVersion(),
        comments.reactions(row.id(), viewerId).stream()
            .map(t -> new Reaction(t.emoji(), t.count(), t.mine()))
            .toList(),
        seen.capabilities(clock.instant()));
  }

  /** Whoever sees the announcement may read the files hung on it, so their facts come along. */
  private List<AnnouncementAttachment> attachments(AnnouncementRow row) {
    return files.heldBy(Announcements.FILE_OWNER, row.id(), row.attachmentFileIds()).stream()
        .map(f -> new AnnouncementAttachment(
            f.id(), f.name(), f.size(), f.contentType(), f.hasThumbnail(), f.width(), f.height()))
        .toList();
  }

  List<AnnouncementSummary> summaries(List<Seen> seen) {
    Map<UUID, String> names = names(seen.stream().map(s -> s.row().authorId()).toList());
    return seen.stream()
        .map(s -> summary(
            s,
            new AnnouncementPerson(
                s.row().authorId(), names.getOrDefault(s.row().authorId(), ""))))
        .toList();
  }

  private static AnnouncementSummary summary(Seen seen, AnnouncementPerson author) {
    AnnouncementRow row = seen.row();
    return new AnnouncementSummary(
        row.id(),
        row.title(),
        BodyText.excerpt(row.bodyText(), EXCERPT),
        row.category(),
        row.importance(),
        row.mustRead(),
        row.coverFileId(),
        author,
        row.state(),
        row.publishedAt(),
        row.publishAt(),
        row.expiresAt(),
        row.pinnedUntil(),
        row.version(),
        read(seen.receipt()),
        seen.needsConfirmation(),
        seen.updatedSinceOpened());
  }

  AnnouncementPerson name(UUID personId) {
    return new AnnouncementPerson(
        personId, directory.find(personId).map(PersonRef::name).orElse(""));
  }

  Map<UUID, String> names(Collection<UUID> personIds) {
    Map<UUID, String> names = new HashMap<>();
    for (PersonSummary person :
        directory.summaries(personIds.stream().distinct().toList())) {
      names.put(person.id(), person.name());
    }
    return names;
  }

  JsonNode body(String stored) {
    return json.readTree(stored);
  }

  Audience audience(String stored) {
    return json.readValue(stored, Audience.class);
  }

  String audienceJson(Audience audience) {
    return json.writeValueAsString(audience);
  }

  private static @Nullable ReadState read(@Nullable Receipt receipt) {
    return receipt == null
        ? null
        : new ReadState(receipt.openedAt(), receipt.confirmedAt(), receipt.confirmedVersion());
  }
}
