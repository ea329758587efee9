package dev.atrium.search;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.search.internal.Rebuilds;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's view of the index: its health, and a rebuild from the database. */
@Service
public class SearchAdministration {

  private final Access access;
  private final Rebuilds rebuilds;
  private final ApplicationEventPublisher events;

  SearchAdministration(Access access, Rebuilds rebuilds, ApplicationEventPublisher events) {
    this.access = access;
    this.rebuilds = rebuilds;
    this.events = events;
  }

  public IndexStatus status(Subject subject) {
    access.check(subject, Permission.SETTINGS_MANAGE, Scope.company());
    return rebuilds.status();
  }

  /** Starts a rebuild in the background, unless one is running; search keeps working meanwhile. */
  @Transactional
  public IndexStatus rebuild(Subject subject) {
    access.check(subject, Permission.SETTINGS_MANAGE, Scope.company());
    if (rebuilds.start()) {
      events.publishEvent(new IndexRebuildStarted());
    }
    return rebuilds.status();
  }
}
