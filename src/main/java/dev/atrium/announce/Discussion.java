package dev.atrium.announce;

import dev.atrium.access.Subject;
import dev.atrium.announce.internal.DiscussionTable;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments and reactions under a published announcement, when its author turned them on: by its
 * recipients and its author. A comment tells the announcement's author ({@code announce.comment}).
 */
@Service
public class Discussion {

  private static final int MAX_EMOJI = 32;

  private final Announcements announcements;
  private final DiscussionTable comments;
  private final AnnouncementViews views;
  private final ApplicationEventPublisher events;

  Discussion(
      Announcements announcements,
      DiscussionTable comments,
      AnnouncementViews views,
      ApplicationEventPublisher events) {
    this.announcements = announcements;
    this.comments = comments;
    this.views = views;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public List<AnnouncementComment> comments(Subject subject, UUID id) {
    announcements.seen(subject, id);
    List<DiscussionTable.Row> rows = comments.of(id);
    var names = views.names(rows.stream().map(DiscussionTable.Row::authorId).toList());
    return rows.stream()
        .map(c -> new AnnouncementComment(
            c.id(),
            new AnnouncementPerson(c.authorId(), names.getOrDefault(c.authorId(), "")),
            c.text(),
            c.createdAt()))
        .toList();
  }

  @Transactional
  public AnnouncementComment comment(Subject subject, UUID id, WriteAnnouncementComment command) {
    Seen seen = announcements.seen(subject, id);
    if (!seen.capabilities(announcements.now()).comment()) {
      throw DomainException.forbidden(
          "announce.comments-closed", "Comments are not open on this announcement.");
    }
    UUID commentId = Ids.newId();
    var now = announcements.now();
    comments.insert(commentId, id, subject.personId(), command.text().strip(), now);
    // its author hears of it after the commit (announce's notices), unless they wrote it
    events.publishEvent(new AnnouncementCommented(
        id,
        commentId,
        seen.row().authorId(),
        subject.personId(),
        seen.row().title(),
        command.text().strip(),
        now));
    return new AnnouncementComment(
        commentId, views.name(subject.personId()), command.text().strip(), now);
  }

  @Transactional
  public List<Reaction> react(Subject subject, UUID id, String emoji, boolean on) {
    Seen seen = announcements.seen(subject, id);
    if (!seen.capabilities(announcements.now()).react()) {
      throw DomainException.forbidden(
          "announce.reactions-closed", "Reactions are not open on this announcement.");
    }
    if (emoji.isBlank()
        || emoji.codePointCount(0, emoji.length()) > 8
        || emoji.length() > MAX_EMOJI
        || emoji
            .codePoints()
            .anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw DomainException.badRequest("announce.emoji-invalid", "Choose one emoji.");
    }
    if (on) {
      comments.react(id, subject.personId(), emoji, announcements.now());
    } else {
      comments.unreact(id, subject.personId(), emoji);
    }
    return comments.reactions(id, subject.personId()).stream()
        .map(t -> new Reaction(t.emoji(), t.count(), t.mine()))
        .toList();
  }
}
