package dev.atrium.doc.internal;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.access.Viewer;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which of some people may read a live page now, decided exactly as opening it decides: the people
 * to tell about a comment, an edit or a mention. Suspended and unknown people may read nothing.
 */
@Component
public class PageReaders {

  private final OrgDirectory directory;
  private final ResourceAccess resources;
  private final PagesTable pages;

  PageReaders(OrgDirectory directory, ResourceAccess resources, PagesTable pages) {
    this.directory = directory;
    this.resources = resources;
    this.pages = pages;
  }

  public Set<UUID> of(UUID pageId, Collection<UUID> people) {
    Set<UUID> readers = new LinkedHashSet<>();
    for (UUID person : new LinkedHashSet<>(people)) {
      PersonRef ref = directory.find(person).orElse(null);
      if (ref == null || ref.suspended()) {
        continue;
      }
      Viewer viewer = resources.viewer(new Subject(person, ref.guest()));
      if (pages
          .view(pageId, viewer)
          .filter(p -> p.trashedAt() == null && p.readable())
          .isPresent()) {
        readers.add(person);
      }
    }
    return readers;
  }
}
