package dev.atrium.doc.internal;

import dev.atrium.access.Subject;
import dev.atrium.org.OrgDirectory;
import dev.atrium.realtime.StreamAudience;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who hears a space's stream: the people its grants name (a person, a department's active people
 * with its sub-departments, everyone but guests), as the sidebar lists a person's spaces
 * ({@link SpacesTable#granted}). Suspended people hear nothing.
 */
@Component
class SpaceAudience implements StreamAudience {

  private final SpacesTable spaces;
  private final Viewers viewers;
  private final OrgDirectory directory;

  SpaceAudience(SpacesTable spaces, Viewers viewers, OrgDirectory directory) {
    this.spaces = spaces;
    this.viewers = viewers;
    this.directory = directory;
  }

  @Override
  public Collection<UUID> followedBy(UUID personId) {
    return directory.find(personId).filter(person -> !person.suspended())
        .map(person -> spaces.granted(viewers.of(new Subject(personId, person.guest())), false).stream().map(SpaceRow::id).toList())
        .orElse(List.of());
  }

  @Override
  public Collection<UUID> audience(UUID spaceId) {
    Set<UUID> people = new LinkedHashSet<>();
    for (GrantRow grant : spaces.grants(spaceId)) {
      switch (grant.kind()) {
        case PERSON -> people.add(grant.principalId());
        case DEPARTMENT -> people.addAll(directory.peopleInSubtree(grant.principalId()));
        case COMPANY -> people.addAll(everyone());
      }
    }
    return people;
  }

  /** The active people but guests: the root department's subtree (org keeps one root). */
  private Set<UUID> everyone() {
    List<UUID> departments = directory.departmentIds();
    return departments.isEmpty() ? Set.of() : directory.peopleInSubtree(directory.pathOf(departments.getFirst()).getFirst());
  }
}
