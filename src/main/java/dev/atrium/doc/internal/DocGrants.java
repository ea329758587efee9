package dev.atrium.doc.internal;

import dev.atrium.access.Grant;
import dev.atrium.access.ResourceAccess;
import dev.atrium.doc.PrincipalKind;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Space grants and page restrictions, kept in {@code access} as grants on {@link DocResources#SPACE}
 * and {@link DocResources#PAGE}; refused writes carry access's codes ({@code access.unknown-grantee}
 * and the like) and store nothing.
 */
@Component
public class DocGrants {

  /** One restriction entry: {@code edit} for the editors' list, else the readers'. */
  public record Entry(PrincipalKind kind, UUID principalId, boolean edit) {}

  /** Departments before people, then by id as PostgreSQL orders uuids (their text). */
  private static final Comparator<GrantRow> SPACE_ORDER = Comparator.comparing(
          (GrantRow g) -> -g.role().rank())
      .thenComparing(g -> g.kind().name())
      .thenComparing(g -> String.valueOf(g.principalId()));

  private static final Comparator<Entry> ENTRY_ORDER = Comparator.comparing(
          (Entry e) -> e.kind().name())
      .thenComparing(e -> e.principalId().toString());

  private final ResourceAccess access;

  DocGrants(ResourceAccess access) {
    this.access = access;
  }

  /** The space's grants, strongest role first. */
  public List<GrantRow> ofSpace(UUID spaceId) {
    return access.grantsOn(DocResources.SPACE, spaceId).stream()
        .map(g -> {
          PrincipalKind kind = DocResources.kind(g.grantee());
          return kind == null
              ? null
              : new GrantRow(kind, g.grantee().id(), DocResources.spaceRole(g.role()));
        })
        .filter(Objects::nonNull)
        .sorted(SPACE_ORDER)
        .toList();
  }

  public void replaceOfSpace(UUID spaceId, Collection<GrantRow> grants, UUID by) {
    access.replace(
        DocResources.SPACE,
        spaceId,
        grants.stream()
            .map(g -> new Grant(
                DocResources.grantee(g.kind(), g.principalId()), DocResources.role(g.role())))
            .toList(),
        by);
  }

  /** The page's own restrictions. */
  public List<Entry> ofPage(UUID pageId) {
    return access.grantsOn(DocResources.PAGE, pageId).stream()
        .map(g -> {
          PrincipalKind kind = DocResources.kind(g.grantee());
          return kind == null
              ? null
              : new Entry(
                  kind, Objects.requireNonNull(g.grantee().id()), g.role().equals("editor"));
        })
        .filter(Objects::nonNull)
        .sorted(ENTRY_ORDER)
        .toList();
  }

  /** Which of these pages carry restrictions of their own. */
  public Set<UUID> restricted(Collection<UUID> pageIds) {
    return access.withGrants(DocResources.PAGE, pageIds);
  }

  /** Makes these the page's restrictions; none lifts them. */
  public void restrictPage(UUID pageId, Collection<Entry> entries, UUID by) {
    access.replace(
        DocResources.PAGE,
        pageId,
        entries.stream()
            .map(e -> new Grant(
                DocResources.grantee(e.kind(), e.principalId()), e.edit() ? "editor" : "viewer"))
            .toList(),
        by);
  }

  /** Forgets the restrictions of pages deleted for good. */
  public void forgetPages(Collection<UUID> pageIds) {
    if (!pageIds.isEmpty()) {
      access.forget(DocResources.PAGE, pageIds);
    }
  }
}
