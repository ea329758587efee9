package dev.atrium.doc;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.access.Viewer;
import dev.atrium.doc.internal.DocGrants;
import dev.atrium.doc.internal.PageRow;
import dev.atrium.doc.internal.PagesTable;
import dev.atrium.doc.internal.SpaceRow;
import dev.atrium.shared.DomainException;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting pages for good, which only a space's administrators may do: one trashed page with what
 * went with it, or the whole trash. Nothing comes back afterwards: the pages, their co-edited
 * content, versions, restrictions, favourites, views and attached files are gone.
 */
@Service
public class Trash {

  private final PagesTable pages;
  private final DocGrants grants;
  private final Spaces spaces;
  private final ResourceAccess resources;
  private final PageAttachments attachments;
  private final ApplicationEventPublisher events;

  Trash(
      PagesTable pages,
      DocGrants grants,
      Spaces spaces,
      ResourceAccess resources,
      PageAttachments attachments,
      ApplicationEventPublisher events) {
    this.pages = pages;
    this.grants = grants;
    this.spaces = spaces;
    this.resources = resources;
    this.attachments = attachments;
    this.events = events;
  }

  /**
   * Deletes a page trashed on its own and the pages that went to the trash with it. A page below it
   * that was trashed on its own earlier stays in the trash, moved to the top level, where restoring
   * it would have put it anyway.
   */
  @Transactional
  public void purge(Subject subject, UUID spaceId, UUID pageId) {
    Viewer viewer = resources.viewer(subject);
    SpaceRow space = administered(viewer, spaceId);
    PageRow page = pages
        .view(pageId, viewer)
        .filter(p -> p.spaceId().equals(spaceId) && pageId.equals(p.trashRoot()))
        .orElseThrow(
            () -> DomainException.notFound("doc.page-not-found", "No such page in the trash."));
    for (UUID below : pages.trashedOnTheirOwnBelow(page.id())) {
      pages.move(
          below, null, List.of(), pages.lastKey(spaceId, null), subject.personId(), spaces.now());
    }
    List<UUID> purged = pages.purge(page.id());
    grants.forgetPages(purged);
    attachments.purged(purged);
    events.publishEvent(new PagesPurged(spaceId, space.name(), purged));
  }

  /** Deletes everything in the space's trash; answers how many pages went. */
  @Transactional
  public int empty(Subject subject, UUID spaceId) {
    SpaceRow space = administered(resources.viewer(subject), spaceId);
    List<UUID> purged = pages.purgeTrash(spaceId);
    if (!purged.isEmpty()) {
      grants.forgetPages(purged);
      attachments.purged(purged);
      events.publishEvent(new PagesPurged(spaceId, space.name(), purged));
    }
    return purged.size();
  }

  private SpaceRow administered(Viewer viewer, UUID spaceId) {
    SpaceRow space = spaces.administered(viewer, spaceId);
    if (space.archived()) {
      throw DomainException.conflict("doc.space-archived", "This space is archived.");
    }
    return space;
  }
}
