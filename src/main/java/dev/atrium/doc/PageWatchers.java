package dev.atrium.doc;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.doc.internal.PageReaders;
import dev.atrium.doc.internal.PageRow;
import dev.atrium.doc.internal.PagesTable;
import dev.atrium.doc.internal.WatchesTable;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who watches a page: its creator, its editors and those who comment on it, unless they chose not
 * to, and whoever asks to. Watchers are told when the page is edited ({@link WatchedPageEdited})
 * and commented on ({@link PageCommented}).
 */
@Service
public class PageWatchers {

  private final Pages pages;
  private final PagesTable table;
  private final ResourceAccess resources;
  private final WatchesTable watches;
  private final PageReaders readers;
  private final ApplicationEventPublisher events;

  PageWatchers(
      Pages pages,
      PagesTable table,
      ResourceAccess resources,
      WatchesTable watches,
      PageReaders readers,
      ApplicationEventPublisher events) {
    this.pages = pages;
    this.table = table;
    this.resources = resources;
    this.watches = watches;
    this.readers = readers;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public PageWatch status(Subject subject, UUID pageId) {
    pages.readable(resources.viewer(subject), pageId);
    return new PageWatch(watches.watching(pageId, subject.personId()));
  }

  /** Watches the page, or stops watching it (and is then not made a watcher again by editing or commenting). */
  @Transactional
  public PageWatch watch(Subject subject, UUID pageId, boolean watching) {
    PageRow page = pages.readable(resources.viewer(subject), pageId);
    watches.set(page.id(), subject.personId(), watching);
    return new PageWatch(watching);
  }

  /**
   * A version of the page was kept: the people who wrote in it since the version before now watch
   * it, and its other watchers who may read it are told, once for the whole editing session.
   */
  @Transactional
  public void edited(UUID pageId, Set<UUID> editorIds) {
    var page = table.indexed(pageId).filter(PagesTable.Indexed::live);
    if (page.isEmpty() || editorIds.isEmpty()) {
      return;
    }
    watches.watchUnlessDeclined(pageId, editorIds);
    Set<UUID> others = new LinkedHashSet<>(watches.watchers(pageId));
    others.removeAll(editorIds);
    Set<UUID> recipients = readers.of(pageId, others);
    if (!recipients.isEmpty()) {
      events.publishEvent(new WatchedPageEdited(
          pageId, page.get().spaceId(), page.get().title(), Set.copyOf(editorIds), recipients));
    }
  }
}
