package dev.atrium.doc.internal;

import dev.atrium.doc.PageCommentEdited;
import dev.atrium.doc.PageCommented;
import dev.atrium.doc.PageMentioned;
import dev.atrium.doc.WatchedPageEdited;
import dev.atrium.notify.NoticeGrouping;
import dev.atrium.notify.NoticeKinds;
import dev.atrium.notify.NoticeRequest;
import dev.atrium.notify.NoticeText;
import dev.atrium.notify.Notices;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Doc's notices: mentions in a page, comments, mentions an edit adds to a comment, edits of watched
 * pages. Durable: each runs after doc's commit in a transaction of its own and is recorded in the
 * event publication registry, so a crash before it finishes is retried at the next start; the
 * notices' keys make a retry harmless. The events' recipients are already those who may read the
 * page, authors excluded. Titles are keys under {@code docs.notices} of the web client.
 */
@Component
class DocNotices {

  static final String MENTION = "doc.mention";
  static final String COMMENT = "doc.comment";
  static final String EDIT = "doc.edit";

  private final Notices notices;

  DocNotices(Notices notices) {
    this.notices = notices;
  }

  @Bean
  static NoticeKinds docNoticeKinds() {
    return new NoticeKinds("doc", List.of(MENTION, COMMENT, EDIT));
  }

  /** Two mentions in one page before the first is read are one thing to look at. */
  @ApplicationModuleListener
  void on(PageMentioned event) {
    publish(
        MENTION,
        event.personIds(),
        event.authorId(),
        "docs.notices.mentioned",
        event.pageTitle(),
        null,
        null,
        event.spaceId(),
        event.pageId(),
        null,
        new NoticeGrouping.FoldWhileUnread("doc.page-mention:" + event.pageId()));
  }

  @ApplicationModuleListener
  void on(PageCommented event) {
    publish(
        COMMENT,
        event.recipients(),
        event.authorId(),
        "docs.notices.commented",
        event.pageTitle(),
        event.excerpt(),
        event.quote(),
        event.spaceId(),
        event.pageId(),
        "comment-" + event.commentId(),
        new NoticeGrouping.Once("doc.comment:" + event.commentId()));
  }

  /**
   * A mention added by editing a comment: told at most once per comment, however often an edit
   * takes it out and puts it back.
   */
  @ApplicationModuleListener
  void on(PageCommentEdited event) {
    publish(
        MENTION,
        event.mentioned(),
        event.authorId(),
        "docs.notices.mentioned",
        event.pageTitle(),
        event.excerpt(),
        event.quote(),
        event.spaceId(),
        event.pageId(),
        "comment-" + event.commentId(),
        new NoticeGrouping.Once("doc.comment-mention:" + event.commentId()));
  }

  @ApplicationModuleListener
  void on(WatchedPageEdited event) {
    notices.publish(new NoticeRequest(
        EDIT,
        event.recipients(),
        Set.of(),
        List.copyOf(event.editorIds()),
        NoticeText.of("docs.notices.edited", Map.of("title", event.pageTitle())),
        null,
        null,
        link(event.spaceId(), event.pageId()),
        null,
        new NoticeGrouping.FoldWhileUnread("doc.page-edit:" + event.pageId()),
        Set.of()));
  }

  private void publish(
      String kind,
      Set<UUID> recipients,
      UUID authorId,
      String titleKey,
      String pageTitle,
      @Nullable String excerpt,
      @Nullable String quote,
      UUID spaceId,
      UUID pageId,
      @Nullable String anchor,
      NoticeGrouping grouping) {
    notices.publish(new NoticeRequest(
        kind,
        recipients,
        Set.of(authorId),
        List.of(authorId),
        NoticeText.of(titleKey, Map.of("title", pageTitle)),
        excerpt == null ? null : NoticeText.verbatim(excerpt),
        quote,
        link(spaceId, pageId),
        anchor,
        grouping,
        Set.of()));
  }

  /** The web client's route of a page (web/src/features/doc/routes.ts). */
  private static String link(UUID spaceId, UUID pageId) {
    return "/docs/spaces/" + spaceId + "/pages/" + pageId;
  }
}
