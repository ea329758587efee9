package dev.atrium.access;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whom a grant names, as feature modules' APIs say it: a person, a department with everyone below
 * it, a group, or everyone in the company who is not a guest (no id). Task projects and calendars
 * share it, so their clients and checks read grants the same way.
 */
public enum GranteeKind {
  PERSON,
  DEPARTMENT,
  GROUP,
  COMPANY;

  /** True when {@code id} is of the shape this kind takes: the company has none, the others one. */
  public boolean fits(@Nullable UUID id) {
    return (this == COMPANY) == (id == null);
  }

  /** The grantee this kind and id name; a department is the department with everyone below it. */
  public Grantee grantee(@Nullable UUID id) {
    return Grantee.of(
        switch (this) {
          case PERSON -> Grantee.Kind.PERSON;
          case DEPARTMENT -> Grantee.Kind.SUBTREE;
          case GROUP -> Grantee.Kind.GROUP;
          case COMPANY -> Grantee.Kind.COMPANY;
        },
        id);
  }

  /** The kind an API names for a stored grantee; null for kinds these APIs never grant (direct members, guests). */
  public static @Nullable GranteeKind of(Grantee grantee) {
    return switch (grantee.kind()) {
      case PERSON -> PERSON;
      case SUBTREE -> DEPARTMENT;
      case GROUP -> GROUP;
      case COMPANY -> COMPANY;
      case DEPARTMENT, GUESTS -> null;
    };
  }
}
