package dev.atrium.announce.internal;

import dev.atrium.access.Subject;
import dev.atrium.announce.Announcements;
import dev.atrium.search.LinkPreview;
import dev.atrium.search.LinkPreviews;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Cards for links to announcements ({@code /announcements/<id>}): title and the start of the text, for whoever may read it. */
@Component
class AnnouncementLinkPreviews implements LinkPreviews {

  static final int EXCERPT = 200;

  private static final Pattern LINK = Pattern.compile(
      "^/announcements/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/?$");

  private final AnnouncementsTable table;
  private final Announcements announcements;

  AnnouncementLinkPreviews(AnnouncementsTable table, Announcements announcements) {
    this.table = table;
    this.announcements = announcements;
  }

  @Override
  public Optional<LinkPreview> preview(Subject subject, String path) {
    Matcher m = LINK.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    UUID id = UUID.fromString(m.group(1));
    if (!announcements.mayRead(subject, id)) {
      return Optional.empty();
    }
    return table
        .find(id)
        .map(row -> new LinkPreview(
            AnnounceSearch.KIND,
            row.id(),
            row.title(),
            null,
            null,
            BodyText.excerpt(row.bodyText(), EXCERPT),
            row.publishedAt() == null ? row.updatedAt() : row.publishedAt()));
  }
}
