package dev.atrium.doc.internal;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.org.OrgDirectory;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Builds a {@link Viewer}: system administrators manage every space (the right to change settings). */
@Component
public class Viewers {

  private final OrgDirectory directory;
  private final Access access;

  Viewers(OrgDirectory directory, Access access) {
    this.directory = directory;
    this.access = access;
  }

  public Viewer of(Subject subject) {
    boolean admin = access.can(subject, Permission.SETTINGS_MANAGE, Scope.company());
    Set<java.util.UUID> subtrees = subject.guest() ? Set.of() : directory.subtreesHolding(subject.personId());
    return new Viewer(subject.personId(), subject.guest(), admin, subtrees);
  }
}
