package dev.atrium.task.internal;

import dev.atrium.access.ResourceType;
import dev.atrium.task.ProjectRole;

/**
 * The resource type tasks declare in {@code access}: a project, whose grants say who may view its
 * tasks (and comment), edit them (create, change, move, complete) and manage it (settings,
 * sections, grants, delete). Not administered for content: a private project stays private from
 * system administrators, as a private conversation does.
 */
public final class TaskResources {

  public static final ResourceType PROJECT = ResourceType.named(
          "task.project", "viewer", "editor", "manager")
      .allowing("view", "viewer")
      .allowing("comment", "viewer")
      .allowing("edit", "editor")
      .allowing("manage", "manager")
      .keeping("manager");

  private TaskResources() {}

  public static String role(ProjectRole role) {
    return PROJECT.role(role.rank());
  }

  public static ProjectRole projectRole(String role) {
    return ProjectRole.ofRank(PROJECT.rank(role));
  }
}
