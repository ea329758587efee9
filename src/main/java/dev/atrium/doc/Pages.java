package dev.atrium.doc;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.access.Viewer;
import dev.atrium.doc.internal.DocGrants;
import dev.atrium.doc.internal.DocResources;
import dev.atrium.doc.internal.PageRow;
import dev.atrium.doc.internal.PagesTable;
import dev.atrium.doc.internal.ReadingTable;
import dev.atrium.doc.internal.WatchesTable;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages and their tree: write, rename, tag, move, copy, archive, trash and restore, and who may read
 * or edit each one (the space's grants, narrowed by restrictions on the page and the pages above
 * it). A page one may not read answers 404 {@code doc.page-not-found}, as if it did not exist.
 */
@Service
public class Pages {

  public static final int MAX_TAGS = 20;
  public static final int MAX_TAG_LENGTH = 40;
  public static final int MAX_TITLE = 200;
  /** The most pages one copy takes along. */
  public static final int MAX_COPY = 500;

  private final PagesTable pages;
  private final DocGrants restrictions;
  private final ReadingTable reading;
  private final Spaces spaces;
  private final Templates templates;
  private final ResourceAccess resources;
  private final WatchesTable watches;
  private final ApplicationEventPublisher events;

  Pages(
      PagesTable pages,
      DocGrants restrictions,
      ReadingTable reading,
      Spaces spaces,
      Templates templates,
      ResourceAccess resources,
      WatchesTable watches,
      ApplicationEventPublisher events) {
    this.pages = pages;
    this.restrictions = restrictions;
    this.reading = reading;
    this.spaces = spaces;
    this.templates = templates;
    this.resources = resources;
    this.watches = watches;
    this.events = events;
  }

  /** Whether the subject may read the page (404 {@code doc.page-not-found} if not) and edit it now. */
  @Transactional(readOnly = true)
  public PageAccess access(Subject subject, UUID pageId) {
    PageRow page = readable(resources.viewer(subject), pageId);
    return new PageAccess(page.id(), page.spaceId(), page.editable());
  }

  /** Whether the subject may read the page now: live, and not hidden by its space or a restriction. */
  @Transactional(readOnly = true)
  public boolean mayRead(Subject subject, UUID pageId) {
    return live(resources.viewer(subject), pageId).isPresent();
  }

  /**
   * Stores the page's current rendering, as the editor produced it (kept for search, previews and
   * export); the caller has checked that {@code editorId} may edit it.
   */
  @Transactional
  public void storeContent(UUID pageId, String markdown, String text, UUID editorId) {
    if (!pages.live(pageId)) {
      throw DomainException.notFound("doc.page-not-found", "No such page.");
    }
    pages.storeContent(pageId, markdown, text, editorId, spaces.now());
    events.publishEvent(new PageContentChanged(pageId));
  }

  /**
   * Claims seeding a page made from a template, for one collaboration socket of an editor: answers
   * the template's Markdown to exactly one claimant while the page holds no content, until
   * {@code lease} has passed or {@link #releaseTemplate} is called.
   */
  @Transactional
  public Optional<String> claimTemplate(UUID pageId, Duration lease) {
    Instant now = spaces.now();
    return pages.claimTemplate(pageId, now, now.minus(lease));
  }

  /** The claimant went away: another may seed the page, unless it holds content by now. */
  @Transactional
  public void releaseTemplate(UUID pageId) {
    pages.releaseTemplate(pageId);
  }

  /** Opens a page, which also puts it first in the reader's recently viewed pages. */
  @Transactional
  public Page open(Subject subject, UUID pageId) {
    Viewer viewer = resources.viewer(subject);
    PageRow page = readable(viewer, pageId);
    reading.viewed(subject.personId(), pageId, spaces.now());
    return view(page, viewer);
  }

  /**
   * The space's live pages the reader may read, depth first (each page followed by its subtree,
   * siblings in order); with a tag, only the pages carrying it, in the same order.
   */
  @Transactional(readOnly = true)
  public List<PageNode> tree(Subject subject, UUID spaceId, @Nullable String tag) {
    Viewer viewer = resources.viewer(subject);
    spaces.readable(viewer, spaceId);
    Map<UUID, List<PageRow>> children = new HashMap<>();
    for (PageRow page : pages.tree(spaceId, viewer)) {
      // a restriction hides a page's whole subtree, so every readable page's parent is readable too
      if (page.readable()) {
        children
            .computeIfAbsent(
                page.parentId() == null ? spaceId : page.parentId(), k -> new ArrayList<>())
            .add(page);
      }
    }
    String wanted = tag == null || tag.isBlank() ? null : normalise(tag);
    List<PageNode> nodes = new ArrayList<>();
    walk(children, spaceId, wanted, nodes);
    return nodes;
  }

  private static void walk(
      Map<UUID, List<PageRow>> children, UUID parent, @Nullable String tag, List<PageNode> nodes) {
    List<PageRow> level = children.getOrDefault(parent, List.of());
    for (int position = 0; position < level.size(); position++) {
      PageRow page = level.get(position);
      if (tag == null || page.tags().contains(tag)) {
        nodes.add(new PageNode(
            page.id(),
            page.parentId(),
            position,
            page.title(),
            page.tags(),
            page.archived(),
            page.restricted(),
            page.updatedAt()));
      }
      walk(children, page.id(), tag, nodes);
    }
  }

  @Transactional
  public Page create(Subject subject, CreatePage command) {
    Viewer viewer = resources.viewer(subject);
    spaces.writable(viewer, command.spaceId());
    List<UUID> parentPath = List.of();
    if (command.parentId() != null) {
      PageRow parent = parentIn(viewer, command.parentId(), command.spaceId());
      parentPath = parent.path();
    }
    String title = title(command.title());
    String initial = command.templateId() == null
        ? null
        : templates.markdownFor(
            viewer, command.templateId(), command.language(), command.spaceId());
    UUID id = Ids.newId();
    pages.insert(
        id,
        command.spaceId(),
        command.parentId(),
        append(parentPath, id),
        lastKey(command.spaceId(), command.parentId()),
        title,
        List.of(),
        null,
        null,
        initial,
        subject.personId(),
        spaces.now());
    watches.watchUnlessDeclined(id, List.of(subject.personId()));
    events.publishEvent(new PageChanged(id, command.spaceId()));
    return view(readable(viewer, id), viewer);
  }

  /** Renames the page or replaces its tags (normalised: trimmed, lower-cased, without a leading #). */
  @Transactional
  public Page update(Subject subject, UUID pageId, UpdatePage command) {
    Viewer viewer = resources.viewer(subject);
    PageRow page = editable(viewer, pageId);
    String title = command.title() == null ? page.title() : title(command.title());
    List<String> tags = command.tags() == null ? page.tags() : tags(command.tags());
    pages.rename(pageId, title, tags, subject.personId(), spaces.now());
    watches.watchUnlessDeclined(pageId, List.of(subject.personId()));
    events.publishEvent(new PageChanged(pageId, page.spaceId()));
    return view(readable(viewer, pageId), viewer);
  }

  /**
   * Moves the page and its subtree under another parent of the same space, or among its siblings;
   * {@code position} counts the siblings the mover can see. Refuses to put a page under itself.
   */
  @Transactional
  public Page move(Subject subject, UUID pageId, MovePage command) {
    Viewer viewer = resources.viewer(subject);
    PageRow page = editable(viewer, pageId);
    List<UUID> parentPath = List.of();
    if (command.parentId() != null) {
      if (command.parentId().equals(pageId)) {
        throw DomainException.badRequest(
            "doc.page-move-cycle", "A page cannot be moved under itself.");
      }
      PageRow parent = parentIn(viewer, command.parentId(), page.spaceId());
      if (parent.path().contains(pageId)) {
        throw DomainException.badRequest(
            "doc.page-move-cycle", "A page cannot be moved under a page below it.");
      }
      parentPath = parent.path();
    }
    long key = keyAt(viewer, page.spaceId(), command.parentId(), pageId, command.position());
    pages.move(pageId, command.parentId(), parentPath, key, subject.personId(), spaces.now());
    events.publishEvent(new PageAccessChanged(pageId, page.spaceId()));
    return view(readable(viewer, pageId), viewer);
  }

  /**
   * Copies the page (title given, tags, content, restrictions): right after the original, or at the
   * end of another parent's children, in this space or another. With its children, the live pages
   * below it that the copier may read come along, keeping their titles, order and restrictions. A
   * copy lets in no one the original keeps out ({@link #restrictionsForCopy}).
   */
  @Transactional
  public Page copy(Subject subject, UUID pageId, CopyPage command) {
    Viewer viewer = resources.viewer(subject);
    PageRow source = readable(viewer, pageId);
    UUID spaceId = command.spaceId() == null ? source.spaceId() : command.spaceId();
    boolean administrator = spaces.writable(viewer, spaceId).administrable();
    String title = title(command.title());
    UUID parentId;
    List<UUID> parentPath = List.of();
    long key;
    if (command.parentId() != null) {
      PageRow parent = parentIn(viewer, command.parentId(), spaceId);
      parentId = parent.id();
      parentPath = parent.path();
      key = lastKey(spaceId, parentId);
    } else if (command.spaceId() == null || command.spaceId().equals(source.spaceId())) {
      parentId = source.parentId();
      if (parentId != null) {
        parentPath = parentIn(viewer, parentId, spaceId).path();
      }
      key = keyAt(viewer, spaceId, parentId, null, position(viewer, source) + 1);
    } else {
      parentId = null;
      key = lastKey(spaceId, null);
    }
    List<PageRow> originals = Boolean.TRUE.equals(command.includeChildren())
        ? pages.subtree(pageId, viewer).stream()
            .filter(p -> p.trashedAt() == null && p.readable())
            .toList()
        : List.of(source);
    if (originals.size() > MAX_COPY) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "doc.copy-too-large",
          "At most " + MAX_COPY + " pages are copied at once.",
          Map.of("max", MAX_COPY));
    }
    List<DocGrants.Entry> rootRestrictions = restrictionsForCopy(source, parentPath);
    // parents come before their children (by depth), so each copy's parent is copied already
    Map<UUID, List<UUID>> copiedPaths = new HashMap<>();
    UUID rootId = null;
    for (PageRow original : originals) {
      UUID id = Ids.newId();
      boolean root = original.id().equals(pageId);
      List<UUID> copiedParentPath =
          root ? parentPath : Objects.requireNonNull(copiedPaths.get(original.parentId()));
      UUID copiedParent = root ? parentId : copiedParentPath.getLast();
      List<UUID> path = append(copiedParentPath, id);
      var content = pages.content(original.id());
      pages.insert(
          id,
          spaceId,
          copiedParent,
          path,
          root ? key : original.sortKey(),
          root ? title : original.title(),
          original.tags(),
          content.markdown(),
          content.text(),
          content.markdown() == null ? original.initialMarkdown() : null,
          subject.personId(),
          spaces.now());
      pages.copyContent(original.id(), id, subject.personId());
      events.publishEvent(new PageCopied(original.id(), id));
      restrictCopy(
          id, root ? rootRestrictions : restrictions.ofPage(original.id()), viewer, administrator);
      copiedPaths.put(original.id(), path);
      events.publishEvent(new PageChanged(id, spaceId));
      if (root) {
        rootId = id;
      }
    }
    watches.watchUnlessDeclined(Objects.requireNonNull(rootId), List.of(subject.personId()));
    return view(readable(viewer, rootId), viewer);
  }

  /**
   * The restrictions the copy of {@code source} under {@code parentPath} needs to let in no more
   * than the original: its own, or those of the one page above it that the copy leaves behind
   * (copied elsewhere). Two such levels narrow each other, which one page's lists cannot say, so
   * that copy is refused rather than made wider than the original.
   */
  private List<DocGrants.Entry> restrictionsForCopy(PageRow source, List<UUID> parentPath) {
    List<UUID> leftBehind = source.path().subList(0, source.path().size() - 1).stream()
        .filter(id -> !parentPath.contains(id))
        .toList();
    List<UUID> levels = new ArrayList<>(restrictions.restricted(leftBehind));
    List<DocGrants.Entry> own = restrictions.ofPage(source.id());
    if (!own.isEmpty()) {
      levels.add(source.id());
    }
    if (levels.size() > 1) {
      throw DomainException.conflict(
          "doc.copy-restrictions-nested",
          "This page is restricted by pages above it too; copy it under them, or lift a restriction first.");
    }
    if (levels.isEmpty()) {
      return List.of();
    }
    return levels.getFirst().equals(source.id()) ? own : restrictions.ofPage(levels.getFirst());
  }

  /**
   * Gives the copy these restrictions; a copier who is not a space administrator stays among its
   * editors, as {@link #restrict} demands, so no one makes a copy they cannot change or delete.
   */
  private void restrictCopy(
      UUID copyId, List<DocGrants.Entry> entries, Viewer viewer, boolean administrator) {
    if (entries.isEmpty()) {
      return;
    }
    List<DocGrants.Entry> kept = new ArrayList<>(entries);
    if (!administrator && !namesEditor(kept, viewer)) {
      kept.add(new DocGrants.Entry(PrincipalKind.PERSON, viewer.personId(), true));
    }
    restrictions.restrictPage(copyId, kept, viewer.personId());
  }

  /** Archives a page (it and what is below it stay readable and cannot be changed) or brings it back. */
  @Transactional
  public Page archive(Subject subject, UUID pageId, boolean archived) {
    Viewer viewer = resources.viewer(subject);
    PageRow page = writable(viewer, pageId);
    pages.archive(pageId, archived, subject.personId(), spaces.now());
    events.publishEvent(new PageAccessChanged(pageId, page.spaceId()));
    return view(readable(viewer, pageId), viewer);
  }

  /** Puts the page and its subtree in the space's trash. */
  @Transactional
  public void trash(Subject subject, UUID pageId) {
    Viewer viewer = resources.viewer(subject);
    PageRow page = writable(viewer, pageId);
    pages.trash(pageId, subject.personId(), spaces.now());
    events.publishEvent(new PageAccessChanged(pageId, page.spaceId()));
  }

  /** Brings back a trashed page with what went with it: where it was, or at the top level when its parent is gone. */
  @Transactional
  public Page restore(Subject subject, UUID pageId) {
    Viewer viewer = resources.viewer(subject);
    PageRow page = pages
        .view(pageId, viewer)
        .filter(p -> p.trashedAt() != null && pageId.equals(p.trashRoot()) && p.readable())
        .orElseThrow(
            () -> DomainException.notFound("doc.page-not-found", "No such page in the trash."));
    requireWritable(page);
    spaces.writable(viewer, page.spaceId());
    pages.restore(pageId);
    if (page.parentId() != null && !pages.live(page.parentId())) {
      pages.move(
          pageId, null, List.of(), lastKey(page.spaceId(), null), subject.personId(), spaces.now());
    }
    events.publishEvent(new PageAccessChanged(pageId, page.spaceId()));
    return view(readable(viewer, pageId), viewer);
  }

  /** The space's trash: pages trashed on their own, newest first. */
  @Transactional(readOnly = true)
  public List<TrashedPage> trashOf(Subject subject, UUID spaceId) {
    Viewer viewer = resources.viewer(subject);
    spaces.readable(viewer, spaceId);
    return pages.trashRoots(spaceId, viewer).stream()
        .filter(PageRow::readable)
        .map(p -> new TrashedPage(
            p.id(),
            p.title(),
            p.parentId(),
            Objects.requireNonNull(p.trashedAt()),
            Objects.requireNonNull(p.trashedBy()),
            pages.countTrashedWith(p.id())))
        .toList();
  }

  /** The page's stored Markdown, or the template it starts from while it has no content. */
  @Transactional(readOnly = true)
  public String markdown(Subject subject, UUID pageId) {
    PageRow page = readable(resources.viewer(subject), pageId);
    String markdown = pages.content(pageId).markdown();
    return markdown != null
        ? markdown
        : page.initialMarkdown() != null ? page.initialMarkdown() : "";
  }

  @Transactional(readOnly = true)
  public PageRestrictions restrictions(Subject subject, UUID pageId) {
    PageRow page = readable(resources.viewer(subject), pageId);
    return restrictionsOf(page);
  }

  /**
   * Replaces the page's own restrictions; they only ever narrow the space's grants. Whoever is not a
   * space administrator must stay among the editors, so no one locks themselves out by mistake.
   */
  @Transactional
  public PageRestrictions restrict(Subject subject, UUID pageId, RestrictPage command) {
    Viewer viewer = resources.viewer(subject);
    PageRow page = editable(viewer, pageId);
    Map<String, DocGrants.Entry> entries = new LinkedHashMap<>();
    for (PageRestriction reader : command.readers()) {
      entries.put("READ:" + key(reader), entry(reader, false));
    }
    for (PageRestriction editor : command.editors()) {
      entries.put("EDIT:" + key(editor), entry(editor, true));
    }
    if (!entries.isEmpty() && !page.administrable() && !namesEditor(entries.values(), viewer)) {
      throw DomainException.badRequest(
          "doc.restriction-excludes-you",
          "Keep yourself among the editors, or ask a space administrator to restrict the page.");
    }
    restrictions.restrictPage(pageId, entries.values(), subject.personId());
    events.publishEvent(new PageAccessChanged(pageId, page.spaceId()));
    return restrictionsOf(page);
  }

  /** The viewer is among the editors the entries name, as a person or by a department. */
  private static boolean namesEditor(Collection<DocGrants.Entry> entries, Viewer viewer) {
    return entries.stream()
        .anyMatch(e -> e.edit() && viewer.matches(DocResources.grantee(e.kind(), e.principalId())));
  }

  private PageRestrictions restrictionsOf(PageRow page) {
    List<PageRestriction> readers = new ArrayList<>();
    List<PageRestriction> editors = new ArrayList<>();
    for (DocGrants.Entry entry : restrictions.ofPage(page.id())) {
      var named = new PageRestriction(
          entry.kind(), entry.principalId(), spaces.name(entry.kind(), entry.principalId()));
      (entry.edit() ? editors : readers).add(named);
    }
    List<UUID> above = page.path().subList(0, page.path().size() - 1);
    Set<UUID> restricted = Set.copyOf(restrictions.restricted(above));
    return new PageRestrictions(
        readers, editors, above.stream().filter(restricted::contains).toList());
  }

  private DocGrants.Entry entry(PageRestriction restriction, boolean edit) {
    if (restriction.kind() == PrincipalKind.COMPANY) {
      throw DomainException.badRequest(
          "doc.principal-invalid", "A page is restricted to departments and people.");
    }
    spaces.checkPrincipal(restriction.kind(), restriction.id());
    return new DocGrants.Entry(restriction.kind(), restriction.id(), edit);
  }

  private static String key(PageRestriction restriction) {
    return restriction.kind() + ":" + restriction.id();
  }

  Page view(PageRow page, Viewer viewer) {
    return new Page(
        page.id(),
        page.spaceId(),
        page.spaceName(),
        page.parentId(),
        position(viewer, page),
        page.title(),
        page.tags(),
        page.archived(),
        page.restricted(),
        reading.favourite(viewer.personId(), page.id()),
        page.hasContent(),
        page.hasContent() ? null : page.initialMarkdown(),
        page.createdBy(),
        page.createdAt(),
        page.updatedBy(),
        page.updatedAt(),
        new PageCapabilities(page.editable(), page.administrable()));
  }

  /** The page's index among the siblings the viewer can see. */
  private int position(Viewer viewer, PageRow page) {
    int index = 0;
    for (PageRow sibling : pages.children(page.spaceId(), page.parentId(), viewer)) {
      if (sibling.id().equals(page.id())) {
        return index;
      }
      if (sibling.readable()) {
        index++;
      }
    }
    return index;
  }

  /** A sort key placing a page at {@code index} among the visible siblings (without the page itself), renumbering when there is no gap. */
  private long keyAt(
      Viewer viewer, UUID spaceId, @Nullable UUID parentId, @Nullable UUID except, int index) {
    for (int attempt = 0; attempt < 2; attempt++) {
      List<Long> keys = pages.children(spaceId, parentId, viewer).stream()
          .filter(p -> p.readable() && !p.id().equals(except))
          .map(PageRow::sortKey)
          .toList();
      OptionalLong key = between(keys, Math.min(index, keys.size()));
      if (key.isPresent()) {
        return key.getAsLong();
      }
      pages.renumber(spaceId, parentId);
    }
    throw new IllegalStateException("No room between two siblings right after renumbering them");
  }

  /** A key between the neighbours at {@code index - 1} and {@code index} of sorted {@code keys}; empty when they leave no gap. */
  static OptionalLong between(List<Long> keys, int index) {
    Long low = index == 0 ? null : keys.get(index - 1);
    Long high = index >= keys.size() ? null : keys.get(index);
    if (low == null) {
      return OptionalLong.of(high == null ? PagesTable.GAP : high - PagesTable.GAP);
    }
    if (high == null) {
      return OptionalLong.of(low + PagesTable.GAP);
    }
    return high - low >= 2 ? OptionalLong.of(low + (high - low) / 2) : OptionalLong.empty();
  }

  private long lastKey(UUID spaceId, @Nullable UUID parentId) {
    return pages.lastKey(spaceId, parentId);
  }

  /** A live page the viewer may read. */
  PageRow readable(Viewer viewer, UUID pageId) {
    return live(viewer, pageId)
        .orElseThrow(() -> DomainException.notFound("doc.page-not-found", "No such page."));
  }

  private Optional<PageRow> live(Viewer viewer, UUID pageId) {
    return pages.view(pageId, viewer).filter(p -> p.trashedAt() == null && p.readable());
  }

  /** A live page the viewer's rights let them change, archived or not, in a space that is not archived. */
  private PageRow writable(Viewer viewer, UUID pageId) {
    PageRow page = readable(viewer, pageId);
    requireWritable(page);
    if (page.spaceArchived()) {
      throw DomainException.conflict("doc.space-archived", "This space is archived.");
    }
    return page;
  }

  private PageRow editable(Viewer viewer, UUID pageId) {
    PageRow page = writable(viewer, pageId);
    if (page.archivedAbove()) {
      throw DomainException.conflict("doc.page-archived", "This page is archived.");
    }
    return page;
  }

  private static void requireWritable(PageRow page) {
    if (!page.writable()) {
      throw DomainException.forbidden("doc.read-only", "You may read this page but not change it.");
    }
  }

  /** The parent-to-be: a live page of the space that the viewer may change. */
  private PageRow parentIn(Viewer viewer, UUID parentId, UUID spaceId) {
    PageRow parent = readable(viewer, parentId);
    if (!parent.spaceId().equals(spaceId)) {
      throw DomainException.badRequest(
          "doc.page-other-space", "The parent page lives in another space.");
    }
    if (!parent.editable()) {
      throw DomainException.forbidden(
          "doc.read-only", "You may read the parent page but not add pages under it.");
    }
    return parent;
  }

  private static String title(String title) {
    String stripped = title.strip();
    if (stripped.isEmpty() || stripped.codePointCount(0, stripped.length()) > MAX_TITLE) {
      throw DomainException.badRequest(
          "doc.title-invalid", "A title has 1 to " + MAX_TITLE + " characters.");
    }
    return stripped;
  }

  /** Tags as stored: trimmed, inner spaces collapsed, lower-cased, without a leading #, each once. */
  static List<String> tags(List<String> tags) {
    Set<String> normalised = new LinkedHashSet<>();
    for (String tag : tags) {
      String t = normalise(tag);
      if (t.isEmpty()) {
        continue;
      }
      if (t.codePointCount(0, t.length()) > MAX_TAG_LENGTH) {
        throw new DomainException(
            HttpStatus.BAD_REQUEST,
            "doc.tag-too-long",
            "A tag has at most " + MAX_TAG_LENGTH + " characters.",
            Map.of("max", MAX_TAG_LENGTH));
      }
      normalised.add(t);
    }
    if (normalised.size() > MAX_TAGS) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "doc.too-many-tags",
          "A page has at most " + MAX_TAGS + " tags.",
          Map.of("max", MAX_TAGS));
    }
    return List.copyOf(normalised);
  }

  private static String normalise(String tag) {
    String t = tag.strip();
    while (t.startsWith("#") || t.startsWith("＃")) {
      t = t.substring(1).strip();
    }
    return t.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static List<UUID> append(List<UUID> path, UUID id) {
    List<UUID> appended = new ArrayList<>(path);
    appended.add(id);
    return appended;
  }
}
