package dev.atrium.doc;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.access.Viewer;
import dev.atrium.doc.internal.PageRow;
import dev.atrium.doc.internal.PagesTable;
import dev.atrium.doc.internal.ReadingTable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own lists of pages: favourites, and the last {@value ReadingTable#RECENT} distinct
 * pages they opened. Pages they may no longer read, or that are in the trash, drop out of both.
 */
@Service
public class MyPages {

  private final ReadingTable reading;
  private final PagesTable pages;
  private final Pages pageService;
  private final ResourceAccess resources;
  private final Spaces spaces;

  MyPages(
      ReadingTable reading,
      PagesTable pages,
      Pages pageService,
      ResourceAccess resources,
      Spaces spaces) {
    this.reading = reading;
    this.pages = pages;
    this.pageService = pageService;
    this.resources = resources;
    this.spaces = spaces;
  }

  @Transactional(readOnly = true)
  public List<PageLink> favourites(Subject subject) {
    return links(resources.viewer(subject), reading.favourites(subject.personId()));
  }

  @Transactional
  public void favour(Subject subject, UUID pageId) {
    pageService.readable(resources.viewer(subject), pageId);
    reading.favour(subject.personId(), pageId, spaces.now());
  }

  @Transactional
  public void unfavour(Subject subject, UUID pageId) {
    reading.unfavour(subject.personId(), pageId);
  }

  /** Most recently opened first. */
  @Transactional(readOnly = true)
  public List<PageLink> recent(Subject subject) {
    return links(resources.viewer(subject), reading.recent(subject.personId()));
  }

  private List<PageLink> links(Viewer viewer, List<UUID> ids) {
    Map<UUID, PageRow> rows = pages.views(ids, viewer).stream()
        .filter(p -> p.trashedAt() == null && p.readable())
        .collect(Collectors.toMap(PageRow::id, Function.identity()));
    return ids.stream()
        .filter(rows::containsKey)
        .map(rows::get)
        .map(p -> new PageLink(p.id(), p.title(), p.spaceId(), p.spaceName(), p.updatedAt()))
        .toList();
  }
}
