package dev.atrium.access;

import java.util.Set;
import java.util.UUID;

/**
 * Where a person belongs, as grants name it: their departments (primary and secondary), every
 * department whose subtree holds them (those and all above), and their groups.
 */
public record Affiliation(Set<UUID> departments, Set<UUID> subtrees, Set<UUID> groups) {

  public Affiliation {
    departments = Set.copyOf(departments);
    subtrees = Set.copyOf(subtrees);
    groups = Set.copyOf(groups);
  }

  public static Affiliation none() {
    return new Affiliation(Set.of(), Set.of(), Set.of());
  }
}
