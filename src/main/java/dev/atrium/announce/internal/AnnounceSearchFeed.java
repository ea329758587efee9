package dev.atrium.announce.internal;

import dev.atrium.announce.AnnouncementChanged;
import dev.atrium.search.IndexingListener;
import dev.atrium.search.SearchIndex;
import org.springframework.stereotype.Component;

/**
 * Keeps announcements in the index current: after each change it writes what the database holds
 * now, so a published one is there, and a withdrawn or deleted one is not, whatever order the
 * events arrive in.
 */
@Component
class AnnounceSearchFeed {

  private final AnnouncementsTable announcements;
  private final AnnounceSearch documents;
  private final SearchIndex index;

  AnnounceSearchFeed(
      AnnouncementsTable announcements, AnnounceSearch documents, SearchIndex index) {
    this.announcements = announcements;
    this.documents = documents;
    this.index = index;
  }

  @IndexingListener
  void on(AnnouncementChanged event) {
    index.refresh(
        AnnounceSearch.KIND,
        event.id(),
        () ->
            announcements.find(event.id()).filter(AnnouncementRow::live).map(documents::document));
  }
}
