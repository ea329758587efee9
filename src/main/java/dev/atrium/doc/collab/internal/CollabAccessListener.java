package dev.atrium.doc.collab.internal;

import dev.atrium.access.RoleGranted;
import dev.atrium.access.RoleRevoked;
import dev.atrium.doc.PageAccessChanged;
import dev.atrium.org.DepartmentMoved;
import dev.atrium.org.GroupMembersChanged;
import dev.atrium.org.MembershipsChanged;
import dev.atrium.org.PersonUpdated;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Permissions changed: the open collab sockets they may concern check theirs again at once (after
 * commit, so they read the new rules), rather than when their cache runs out. One who lost the
 * page is disconnected; one who became a reader has their next edit refused. Readers send no
 * edits, so without this they would go on receiving a page they may no longer read.
 */
@Component
class CollabAccessListener {

  private final CollabHandler handler;

  CollabAccessListener(CollabHandler handler) {
    this.handler = handler;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(PageAccessChanged changed) {
    handler.recheck(socket -> changed.pageId() == null
        ? changed.spaceId().equals(socket.access().spaceId())
        : changed.pageId().equals(socket.pageId));
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(MembershipsChanged changed) {
    person(changed.personId());
  }

  /** Among the fields may be their primary department. */
  @TransactionalEventListener(fallbackExecution = true)
  void on(PersonUpdated updated) {
    person(updated.personId());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(RoleGranted granted) {
    person(granted.personId());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(RoleRevoked revoked) {
    person(revoked.personId());
  }

  /** The event names the group's members now, not those who left it. */
  @TransactionalEventListener(fallbackExecution = true)
  void on(GroupMembersChanged changed) {
    everyone();
  }

  /** Everyone in the moved subtree may have gained or lost what its old or new ancestors were granted. */
  @TransactionalEventListener(fallbackExecution = true)
  void on(DepartmentMoved moved) {
    everyone();
  }

  private void person(UUID personId) {
    handler.recheck(socket -> socket.personId().equals(personId));
  }

  /** Rare administrative changes; the checks run apart from the administrator's request. */
  private void everyone() {
    Thread.ofVirtual().name("collab-recheck").start(() -> handler.recheck(socket -> true));
  }
}
