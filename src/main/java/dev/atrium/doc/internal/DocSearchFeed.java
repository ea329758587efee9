package dev.atrium.doc.internal;

import dev.atrium.doc.PageAccessChanged;
import dev.atrium.doc.PageChanged;
import dev.atrium.doc.PageCommentsChanged;
import dev.atrium.doc.PageContentChanged;
import dev.atrium.doc.PagesPurged;
import dev.atrium.doc.SpaceChanged;
import dev.atrium.doc.SpaceCreated;
import dev.atrium.search.IndexingListener;
import dev.atrium.search.SearchIndex;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps doc's pages in the index current ({@link IndexingListener}). It writes what the database
 * holds now, one page at a time ({@link SearchIndex#refresh}), so a replay or two events of one
 * page at once are harmless: a trashed page leaves the index, and a move or a restriction re-keys
 * the whole subtree it applies to.
 */
@Component
class DocSearchFeed {

  private final PagesTable pages;
  private final SpacesTable spaces;
  private final DocSearch documents;
  private final SearchIndex index;

  DocSearchFeed(PagesTable pages, SpacesTable spaces, DocSearch documents, SearchIndex index) {
    this.pages = pages;
    this.spaces = spaces;
    this.documents = documents;
    this.index = index;
  }

  @IndexingListener
  void on(PageContentChanged event) {
    page(event.pageId());
  }

  @IndexingListener
  void on(PageChanged event) {
    page(event.pageId());
  }

  @IndexingListener
  void on(PageCommentsChanged event) {
    page(event.pageId());
  }

  /** A space-wide change (grants, archiving) changes no document: pages carry the space's key, asked at query time. */
  @IndexingListener
  void on(PageAccessChanged event) {
    if (event.pageId() != null) {
      pages(pages.subtreeIds(event.pageId()));
    }
  }

  /** Purged pages are usually out of the index since they were trashed; this makes sure, as their rows are gone. */
  @IndexingListener
  void on(PagesPurged event) {
    pages(event.pageIds());
  }

  @IndexingListener
  void on(SpaceCreated event) {
    space(event.spaceId());
  }

  @IndexingListener
  void on(SpaceChanged event) {
    space(event.spaceId());
  }

  private void space(UUID spaceId) {
    index.refresh(DocSearch.SPACE, spaceId, () -> spaces.indexed(spaceId).map(documents::document));
  }

  private void page(UUID pageId) {
    pages(List.of(pageId));
  }

  private void pages(Collection<UUID> pageIds) {
    index.refresh(
        DocSearch.PAGE,
        pageIds,
        ids -> pages.indexed(ids).stream()
            .filter(PagesTable.Indexed::live)
            .map(documents::document)
            .toList());
  }
}
