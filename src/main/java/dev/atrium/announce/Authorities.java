package dev.atrium.announce;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.Role;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who governs announcements, as access decides it: system administrators address anyone, see every
 * announcement that left its author's desk and review; content administrators review too.
 */
@Component
class Authorities {

  private final Access access;

  Authorities(Access access) {
    this.access = access;
  }

  boolean systemAdmin(Subject subject) {
    return !subject.guest()
        && access.grantsOf(subject.personId()).stream()
            .anyMatch(g -> g.role() == Role.SYSTEM_ADMIN);
  }

  /** Approves or returns announcements waiting for approval. */
  boolean reviewer(Subject subject) {
    return systemAdmin(subject)
        || access.can(subject, Permission.CONTENT_ADMINISTER, Scope.company());
  }

  /** The people told of an announcement waiting for approval. */
  Set<UUID> reviewers() {
    return new LinkedHashSet<>(access.holders(Role.SYSTEM_ADMIN));
  }
}
