package dev.atrium.doc.internal;

import dev.atrium.access.Grantee;
import dev.atrium.access.ResourceType;
import dev.atrium.doc.PrincipalKind;
import dev.atrium.doc.SpaceRole;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The resource types doc declares in {@code access}: a space, whose grants give its roles, and a
 * page, whose restrictions narrow them for it and every page below it. The API keeps doc's own
 * words: a {@link SpaceRole} for a role, and {@link PrincipalKind#DEPARTMENT} for a department with
 * everyone below it (a {@link Grantee.Subtree}).
 */
public final class DocResources {

  /** READ, EDIT and ADMIN of the API; a system administrator manages every space. */
  public static final ResourceType SPACE = ResourceType.named(
          "doc.space", "viewer", "editor", "manager")
      .allowing("read", "viewer")
      .allowing("edit", "editor")
      .allowing("manage", "manager")
      .keeping("manager")
      .administeredForContent();

  /** A page's readers' list (viewer) and editors' list (editor); a space's managers pass both. */
  public static final ResourceType PAGE = ResourceType.named("doc.page", "viewer", "editor")
      .allowing("read", "viewer")
      .allowing("edit", "editor")
      .narrowing(SPACE);

  private DocResources() {}

  public static String role(SpaceRole role) {
    return SPACE.role(role.rank());
  }

  public static SpaceRole spaceRole(String role) {
    return SpaceRole.ofRank(SPACE.rank(role));
  }

  public static Grantee grantee(PrincipalKind kind, @Nullable UUID id) {
    return Grantee.of(
        switch (kind) {
          case DEPARTMENT -> Grantee.Kind.SUBTREE;
          case PERSON -> Grantee.Kind.PERSON;
          case COMPANY -> Grantee.Kind.COMPANY;
        },
        id);
  }

  /** Doc names only subtrees, people and the company; other grantees (none today) read as null. */
  static @Nullable PrincipalKind kind(Grantee grantee) {
    return switch (grantee.kind()) {
      case SUBTREE -> PrincipalKind.DEPARTMENT;
      case PERSON -> PrincipalKind.PERSON;
      case COMPANY -> PrincipalKind.COMPANY;
      case DEPARTMENT, GROUP, GUESTS -> null;
    };
  }
}
