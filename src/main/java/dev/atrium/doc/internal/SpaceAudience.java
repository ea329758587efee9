package dev.atrium.doc.internal;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.org.OrgDirectory;
import dev.atrium.realtime.StreamAudience;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who hears a space's stream: the active people its grants name, as the sidebar lists a person's
 * spaces ({@link SpacesTable#granted}). Suspended people hear nothing.
 */
@Component
class SpaceAudience implements StreamAudience {

  private final SpacesTable spaces;
  private final ResourceAccess access;
  private final OrgDirectory directory;

  SpaceAudience(SpacesTable spaces, ResourceAccess access, OrgDirectory directory) {
    this.spaces = spaces;
    this.access = access;
    this.directory = directory;
  }

  @Override
  public Collection<UUID> followedBy(UUID personId) {
    return directory
        .find(personId)
        .filter(person -> !person.suspended())
        .map(person ->
            spaces.granted(access.viewer(new Subject(personId, person.guest())), false).stream()
                .map(SpaceRow::id)
                .toList())
        .orElse(List.of());
  }

  @Override
  public Collection<UUID> audience(UUID spaceId) {
    return access.people(DocResources.SPACE, spaceId, DocResources.SPACE.roles().getFirst());
  }
}
