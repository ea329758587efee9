package dev.atrium.task.internal;

import dev.atrium.access.Grantee;
import dev.atrium.access.ResourceType;
import dev.atrium.task.GrantKind;
import dev.atrium.task.ProjectRole;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

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

  /** A department in the API is the department with everyone below it. */
  public static Grantee grantee(GrantKind kind, @Nullable UUID id) {
    return Grantee.of(
        switch (kind) {
          case PERSON -> Grantee.Kind.PERSON;
          case DEPARTMENT -> Grantee.Kind.SUBTREE;
          case GROUP -> Grantee.Kind.GROUP;
          case COMPANY -> Grantee.Kind.COMPANY;
        },
        id);
  }

  /** The API's kind of a grantee; null for kinds tasks never grant (direct members, guests). */
  public static @Nullable GrantKind kind(Grantee grantee) {
    return switch (grantee.kind()) {
      case PERSON -> GrantKind.PERSON;
      case SUBTREE -> GrantKind.DEPARTMENT;
      case GROUP -> GrantKind.GROUP;
      case COMPANY -> GrantKind.COMPANY;
      case DEPARTMENT, GUESTS -> null;
    };
  }
}
