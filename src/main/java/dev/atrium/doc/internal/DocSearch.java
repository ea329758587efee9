package dev.atrium.doc.internal;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.access.Viewer;
import dev.atrium.search.SearchDocument;
import dev.atrium.search.SearchSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Doc's part of the search: spaces, and pages found by title, text and tags. A page is readable under its
 * space's key ({@code doc-space:<id>}), or under its own ({@code doc-page:<id>}) when it or a page
 * above it narrows reading; the keys a person holds are worked out by the same SQL that decides
 * reads, so search results are filtered exactly like opening the page.
 */
@Component
public class DocSearch implements SearchSource {

  public static final String PAGE = "page";
  public static final String SPACE = "space";
  private static final int BATCH = 1000;

  private final PagesTable pages;
  private final SpacesTable spaces;
  private final ResourceAccess resources;

  DocSearch(PagesTable pages, SpacesTable spaces, ResourceAccess resources) {
    this.pages = pages;
    this.spaces = spaces;
    this.resources = resources;
  }

  @Override
  public Set<String> kinds() {
    return Set.of(PAGE, SPACE);
  }

  @Override
  public long count() {
    return pages.countLive() + spaces.count();
  }

  @Override
  public void each(Consumer<SearchDocument> sink) {
    spaces.indexed().forEach(space -> sink.accept(document(space)));
    UUID after = new UUID(0, 0);
    for (List<PagesTable.Indexed> batch = pages.indexedAfter(after, BATCH);
        !batch.isEmpty();
        batch = pages.indexedAfter(after, BATCH)) {
      batch.forEach(page -> sink.accept(document(page)));
      after = batch.getLast().id();
    }
  }

  @Override
  public Set<String> accessKeys(Subject subject) {
    Viewer viewer = resources.viewer(subject);
    Set<String> keys = new HashSet<>();
    spaces.readable(viewer).forEach(space -> keys.add(spaceKey(space)));
    pages.readableRestricted(viewer).forEach(page -> keys.add(pageKey(page)));
    return keys;
  }

  SearchDocument document(PagesTable.Indexed page) {
    String key = page.readRestricted() ? pageKey(page.id()) : spaceKey(page.spaceId());
    return new SearchDocument(
        PAGE,
        page.id(),
        page.title(),
        page.text() == null ? "" : page.text(),
        page.spaceId(),
        page.updatedBy(),
        page.updatedAt(),
        Set.of(key),
        Set.of(),
        "/docs/spaces/" + page.spaceId() + "/pages/" + page.id(),
        String.join(" ", page.tags()));
  }

  /** A space: found by name and description, by whoever may read it; it names its pages' hits. */
  SearchDocument document(SpacesTable.Indexed space) {
    return new SearchDocument(
        SPACE,
        space.id(),
        space.name(),
        space.description() == null ? "" : space.description(),
        null,
        space.createdBy(),
        space.createdAt(),
        Set.of(spaceKey(space.id())),
        Set.of(),
        "/docs/spaces/" + space.id(),
        "");
  }

  private static String spaceKey(UUID spaceId) {
    return "doc-space:" + spaceId;
  }

  private static String pageKey(UUID pageId) {
    return "doc-page:" + pageId;
  }
}
