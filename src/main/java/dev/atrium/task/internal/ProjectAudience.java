package dev.atrium.task.internal;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.org.OrgDirectory;
import dev.atrium.realtime.StreamAudience;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who hears a project's stream: the active people its grants let view it, as the projects list
 * shows a person's projects ({@link ProjectsTable#visible}). Suspended people hear nothing.
 */
@Component
public class ProjectAudience implements StreamAudience {

  private final ProjectsTable projects;
  private final ResourceAccess access;
  private final OrgDirectory directory;

  ProjectAudience(ProjectsTable projects, ResourceAccess access, OrgDirectory directory) {
    this.projects = projects;
    this.access = access;
    this.directory = directory;
  }

  @Override
  public Collection<UUID> followedBy(UUID personId) {
    return directory
        .find(personId)
        .filter(person -> !person.suspended())
        .map(person ->
            projects.visible(access.viewer(new Subject(personId, person.guest())), true).stream()
                .map(ProjectRow::id)
                .toList())
        .orElse(List.of());
  }

  @Override
  public Collection<UUID> audience(UUID projectId) {
    return access.people(TaskResources.PROJECT, projectId, "viewer");
  }
}
