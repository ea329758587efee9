package dev.atrium.mail.internal.admin;

import dev.atrium.access.Grantee;
import java.util.UUID;

/** Whom a mailing list reaches: a department's direct members, a department and everyone below it, or a group. */
public enum ListSource {
  DEPARTMENT,
  SUBTREE,
  GROUP;

  Grantee grantee(UUID id) {
    return switch (this) {
      case DEPARTMENT -> new Grantee.Department(id);
      case SUBTREE -> new Grantee.Subtree(id);
      case GROUP -> new Grantee.Group(id);
    };
  }
}
