package dev.atrium.notify.internal;

import dev.atrium.doc.PageCommentEdited;
import dev.atrium.doc.PageCommented;
import dev.atrium.doc.PageMentioned;
import dev.atrium.doc.WatchedPageEdited;
import dev.atrium.notify.NotificationKind;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns doc's events into notices. Durable: each runs after doc's commit in a transaction of its
 * own and is recorded in the event publication registry, so a crash before it finishes is retried
 * at the next start; the notices' keys make a retry harmless. The events' recipients are already
 * those who may read the page, authors excluded.
 */
@Component
class DocNotices {

  private final Inbox inbox;

  DocNotices(Inbox inbox) {
    this.inbox = inbox;
  }

  /** Two mentions in one page before the first is read are one thing to look at. */
  @ApplicationModuleListener
  void on(PageMentioned event) {
    inbox.deliver(new Notice(NotificationKind.MENTION, event.personIds(), List.of(event.authorId()), event.pageId(),
        event.spaceId(), event.pageTitle(), null, null, link(event.spaceId(), event.pageId()), null,
        new Notice.FoldWhileUnread("doc.page-mention:" + event.pageId())));
  }

  @ApplicationModuleListener
  void on(PageCommented event) {
    inbox.deliver(new Notice(NotificationKind.COMMENT, event.recipients(), List.of(event.authorId()), event.pageId(),
        event.spaceId(), event.pageTitle(), event.excerpt(), event.quote(), link(event.spaceId(), event.pageId()),
        "comment-" + event.commentId(), new Notice.Once("doc.comment:" + event.commentId())));
  }

  /**
   * A mention added by editing a comment: told at most once per comment, however often an edit
   * takes it out and puts it back.
   */
  @ApplicationModuleListener
  void on(PageCommentEdited event) {
    inbox.deliver(new Notice(NotificationKind.MENTION, event.mentioned(), List.of(event.authorId()), event.pageId(),
        event.spaceId(), event.pageTitle(), event.excerpt(), event.quote(), link(event.spaceId(), event.pageId()),
        "comment-" + event.commentId(), new Notice.Once("doc.comment-mention:" + event.commentId())));
  }

  @ApplicationModuleListener
  void on(WatchedPageEdited event) {
    inbox.deliver(new Notice(NotificationKind.EDIT, event.recipients(), List.copyOf(event.editorIds()), event.pageId(),
        event.spaceId(), event.pageTitle(), null, null, link(event.spaceId(), event.pageId()), null,
        new Notice.FoldWhileUnread("doc.page-edit:" + event.pageId())));
  }

  /** The web client's route of a page (web/src/features/doc/routes.ts). */
  private static String link(UUID spaceId, UUID pageId) {
    return "/docs/spaces/" + spaceId + "/pages/" + pageId;
  }
}
