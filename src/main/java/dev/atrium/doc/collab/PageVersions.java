package dev.atrium.doc.collab;

import dev.atrium.access.Subject;
import dev.atrium.doc.PageAccess;
import dev.atrium.doc.Pages;
import dev.atrium.doc.collab.internal.PageUpdates;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonSummary;
import dev.atrium.shared.DomainException;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A page's history: the versions kept while people edit it (see docs/adr/0006). Anyone who may
 * read the page reads its history; editors name versions. Nothing here rewrites history: a
 * restore is the client applying an old version's content as a new edit.
 */
@Service
public class PageVersions {

  public static final int MAX_NAME = 200;

  private final PageUpdates table;
  private final Pages pages;
  private final OrgDirectory directory;

  PageVersions(PageUpdates table, Pages pages, OrgDirectory directory) {
    this.table = table;
    this.pages = pages;
    this.directory = directory;
  }

  @Transactional(readOnly = true)
  public List<PageVersion> list(Subject subject, UUID pageId) {
    pages.access(subject, pageId);
    List<PageUpdates.Version> versions = table.versions(pageId);
    Set<UUID> people = new HashSet<>();
    versions.forEach(v -> people.addAll(v.editors()));
    Map<UUID, String> names = names(people);
    return versions.stream().map(v -> view(v, names)).toList();
  }

  @Transactional(readOnly = true)
  public PageVersionContent get(Subject subject, UUID pageId, int number) {
    pages.access(subject, pageId);
    PageUpdates.Version version = table.version(pageId, number).orElseThrow(PageVersions::notFound);
    return new PageVersionContent(
        view(version, names(Set.copyOf(version.editors()))),
        Base64.getEncoder().encodeToString(version.data()),
        version.markdown());
  }

  /** Names a version, or clears its name with a blank one. */
  @Transactional
  public PageVersion name(Subject subject, UUID pageId, int number, @Nullable String name) {
    PageAccess access = pages.access(subject, pageId);
    if (!access.canEdit()) {
      throw DomainException.forbidden("doc.read-only", "You may read this page but not edit it.");
    }
    String trimmed = name == null || name.isBlank() ? null : name.strip();
    if (trimmed != null && trimmed.length() > MAX_NAME) {
      throw DomainException.badRequest(
          "doc.version-name-too-long", "A version's name is at most " + MAX_NAME + " characters.");
    }
    if (!table.name(pageId, number, trimmed)) {
      throw notFound();
    }
    PageUpdates.Version version = table.version(pageId, number).orElseThrow(PageVersions::notFound);
    return view(version, names(Set.copyOf(version.editors())));
  }

  private Map<UUID, String> names(Set<UUID> people) {
    return people.isEmpty()
        ? Map.of()
        : directory.summaries(people).stream()
            .collect(Collectors.toMap(PersonSummary::id, PersonSummary::name));
  }

  private static PageVersion view(PageUpdates.Version version, Map<UUID, String> names) {
    Function<UUID, PageVersion.Editor> editor =
        id -> new PageVersion.Editor(id, names.getOrDefault(id, ""));
    return new PageVersion(
        version.number(),
        version.createdAt(),
        version.editors().stream().map(editor).toList(),
        version.name());
  }

  private static DomainException notFound() {
    return DomainException.notFound("doc.version-not-found", "No such version of this page.");
  }
}
