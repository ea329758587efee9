package dev.atrium.access;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who a grant is given to: a person, the direct members of a department, a department with
 * everyone below it, a group, everyone in the company who is not a guest, or the guests.
 */
public sealed interface Grantee {

  Kind kind();

  /** The person, department or group; null for {@link Company} and {@link Guests}. */
  @Nullable
  UUID id();

  enum Kind {
    PERSON,
    DEPARTMENT,
    SUBTREE,
    GROUP,
    COMPANY,
    GUESTS
  }

  static Grantee of(Kind kind, @Nullable UUID id) {
    if ((kind == Kind.COMPANY || kind == Kind.GUESTS) != (id == null)) {
      throw new IllegalArgumentException(kind + (id == null ? " needs an id" : " takes no id"));
    }
    return switch (kind) {
      case PERSON -> new Person(id);
      case DEPARTMENT -> new Department(id);
      case SUBTREE -> new Subtree(id);
      case GROUP -> new Group(id);
      case COMPANY -> new Company();
      case GUESTS -> new Guests();
    };
  }

  record Person(UUID id) implements Grantee {
    @Override
    public Kind kind() {
      return Kind.PERSON;
    }
  }

  record Department(UUID id) implements Grantee {
    @Override
    public Kind kind() {
      return Kind.DEPARTMENT;
    }
  }

  record Subtree(UUID id) implements Grantee {
    @Override
    public Kind kind() {
      return Kind.SUBTREE;
    }
  }

  record Group(UUID id) implements Grantee {
    @Override
    public Kind kind() {
      return Kind.GROUP;
    }
  }

  record Company() implements Grantee {
    @Override
    public Kind kind() {
      return Kind.COMPANY;
    }

    @Override
    public @Nullable UUID id() {
      return null;
    }
  }

  record Guests() implements Grantee {
    @Override
    public Kind kind() {
      return Kind.GUESTS;
    }

    @Override
    public @Nullable UUID id() {
      return null;
    }
  }
}
