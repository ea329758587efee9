package dev.atrium.doc;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.access.Viewer;
import dev.atrium.doc.collab.internal.RelativePositions;
import dev.atrium.doc.internal.CommentsTable;
import dev.atrium.doc.internal.CommentsTable.CommentRow;
import dev.atrium.doc.internal.CommentsTable.ThreadRow;
import dev.atrium.doc.internal.PageReaders;
import dev.atrium.doc.internal.PageRow;
import dev.atrium.doc.internal.WatchesTable;
import dev.atrium.org.OrgDirectory;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discussion of pages: threads on a passage or on the whole page, replies, resolving, editing
 * and deleting. Whoever may read a page may comment on it (not while it or its space is archived);
 * a thread on a page one may not read answers 404, as the page does. A comment is edited only by its
 * author and deleted by its author or a space administrator.
 */
@Service
public class PageComments {

  public static final int MAX_BODY = 10_000;
  public static final int MAX_QUOTE = 500;
  private static final int EXCERPT = 200;
  /** A person mentioned in a comment, as the body stores it. */
  static final Pattern MENTION = Pattern.compile(
      "<@([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})>");

  private final Pages pages;
  private final Spaces spaces;
  private final ResourceAccess resources;
  private final CommentsTable comments;
  private final WatchesTable watches;
  private final PageReaders readers;
  private final OrgDirectory directory;
  private final ApplicationEventPublisher events;

  PageComments(
      Pages pages,
      Spaces spaces,
      ResourceAccess resources,
      CommentsTable comments,
      WatchesTable watches,
      PageReaders readers,
      OrgDirectory directory,
      ApplicationEventPublisher events) {
    this.pages = pages;
    this.spaces = spaces;
    this.resources = resources;
    this.comments = comments;
    this.watches = watches;
    this.readers = readers;
    this.directory = directory;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public PageDiscussion discussion(Subject subject, UUID pageId) {
    Viewer viewer = resources.viewer(subject);
    PageRow page = pages.readable(viewer, pageId);
    List<ThreadRow> threads = comments.threads(pageId);
    Map<UUID, List<CommentRow>> byThread = comments.commentsOfPage(pageId).stream()
        .collect(Collectors.groupingBy(CommentRow::threadId));
    Map<UUID, PersonName> names =
        names(threads, byThread.values().stream().flatMap(List::stream).toList());
    return new PageDiscussion(
        commentable(page),
        threads.stream()
            .map(t -> view(t, byThread.getOrDefault(t.id(), List.of()), names, viewer, page))
            .toList());
  }

  /** Starts a thread on a passage (its anchor) or on the whole page. */
  @Transactional
  public CommentThread start(Subject subject, UUID pageId, StartThread command) {
    Viewer viewer = resources.viewer(subject);
    PageRow page = requireCommentable(pages.readable(viewer, pageId));
    String body = body(command.body());
    CommentAnchor anchor = command.anchor();
    byte[] start = null;
    byte[] end = null;
    String quote = null;
    if (anchor != null) {
      start = position(anchor.start());
      end = position(anchor.end());
      quote = anchor.quote().strip();
      if (quote.isEmpty() || quote.codePointCount(0, quote.length()) > MAX_QUOTE) {
        throw DomainException.badRequest(
            "doc.anchor-invalid", "A passage quotes 1 to " + MAX_QUOTE + " characters.");
      }
    }
    UUID threadId = Ids.newId();
    UUID commentId = Ids.newId();
    comments.insertThread(threadId, pageId, start, end, quote, subject.personId(), spaces.now());
    comments.insertComment(commentId, threadId, subject.personId(), body, spaces.now());
    ThreadRow thread = comments.thread(threadId).orElseThrow();
    commented(page, thread, commentId, subject.personId(), body);
    return view(thread, viewer, page);
  }

  /** Replies in a thread; a reply to a resolved thread opens it again. */
  @Transactional
  public CommentThread reply(Subject subject, UUID threadId, WriteComment command) {
    Viewer viewer = resources.viewer(subject);
    ThreadRow thread = thread(viewer, threadId);
    PageRow page = requireCommentable(pages.readable(viewer, thread.pageId()));
    String body = body(command.body());
    UUID commentId = Ids.newId();
    comments.insertComment(commentId, threadId, subject.personId(), body, spaces.now());
    if (thread.resolvedAt() != null) {
      comments.resolve(threadId, null, null);
    }
    commented(page, thread, commentId, subject.personId(), body);
    return view(comments.thread(threadId).orElseThrow(), viewer, page);
  }

  /** Resolves a thread, or opens it again: anyone who may comment on the page. */
  @Transactional
  public CommentThread resolve(Subject subject, UUID threadId, boolean resolved) {
    Viewer viewer = resources.viewer(subject);
    ThreadRow thread = thread(viewer, threadId);
    PageRow page = requireCommentable(pages.readable(viewer, thread.pageId()));
    if (resolved != (thread.resolvedAt() != null)) {
      comments.resolve(
          threadId, resolved ? subject.personId() : null, resolved ? spaces.now() : null);
      events.publishEvent(new PageCommentsChanged(page.id()));
    }
    return view(comments.thread(threadId).orElseThrow(), viewer, page);
  }

  /** Changes one's own comment's text; the people it mentions now and did not before are told. */
  @Transactional
  public CommentThread edit(Subject subject, UUID commentId, WriteComment command) {
    Viewer viewer = resources.viewer(subject);
    CommentRow comment = comment(viewer, commentId);
    ThreadRow thread = comments.thread(comment.threadId()).orElseThrow();
    PageRow page = requireCommentable(pages.readable(viewer, thread.pageId()));
    if (!comment.authorId().equals(subject.personId())) {
      throw DomainException.forbidden(
          "doc.not-comment-author", "Only its author may edit a comment.");
    }
    String body = body(command.body());
    comments.edit(commentId, body, spaces.now());
    Set<UUID> added = new LinkedHashSet<>(mentioned(body));
    added.removeAll(mentioned(comment.body()));
    added.remove(subject.personId());
    events.publishEvent(new PageCommentEdited(
        page.id(),
        page.spaceId(),
        page.title(),
        thread.id(),
        commentId,
        subject.personId(),
        thread.quote(),
        excerpt(body),
        readers.of(page.id(), added)));
    events.publishEvent(new PageCommentsChanged(page.id()));
    return view(thread, viewer, page);
  }

  /**
   * Deletes a comment: its author, or an administrator of the space. While others in the thread
   * remain it stays as a tombstone; the thread goes with its last remaining comment.
   */
  @Transactional
  public void delete(Subject subject, UUID commentId) {
    Viewer viewer = resources.viewer(subject);
    CommentRow comment = comment(viewer, commentId);
    ThreadRow thread = comments.thread(comment.threadId()).orElseThrow();
    PageRow page = requireCommentable(pages.readable(viewer, thread.pageId()));
    if (!comment.authorId().equals(subject.personId()) && !page.administrable()) {
      throw DomainException.forbidden(
          "doc.not-comment-author",
          "Only its author or a space administrator may delete a comment.");
    }
    comments.tombstone(commentId, spaces.now());
    if (!comments.hasLiveComments(thread.id())) {
      comments.deleteThread(thread.id());
    }
    events.publishEvent(new PageCommentsChanged(page.id()));
  }

  /**
   * The author now watches the page; the people to tell are its watchers, the thread's participants
   * and those the comment mentions, as far as they may read the page now, never the author.
   */
  private void commented(
      PageRow page, ThreadRow thread, UUID commentId, UUID authorId, String body) {
    watches.watchUnlessDeclined(page.id(), List.of(authorId));
    Set<UUID> candidates = new LinkedHashSet<>(watches.watchers(page.id()));
    comments.comments(thread.id()).forEach(c -> candidates.add(c.authorId()));
    candidates.addAll(mentioned(body));
    candidates.remove(authorId);
    Set<UUID> recipients = readers.of(page.id(), candidates);
    events.publishEvent(new PageCommented(
        page.id(),
        page.spaceId(),
        page.title(),
        thread.id(),
        commentId,
        authorId,
        thread.quote(),
        excerpt(body),
        recipients));
    events.publishEvent(new PageCommentsChanged(page.id()));
  }

  /** The comment as plain text: mentions by name, white space collapsed, cut short. */
  private String excerpt(String body) {
    Map<UUID, PersonName> names = people(mentioned(body));
    String text = MENTION
        .matcher(body)
        .replaceAll(match -> {
          PersonName name = names.get(UUID.fromString(match.group(1)));
          return Matcher.quoteReplacement("@" + (name == null ? "…" : name.name()));
        })
        .replaceAll("\\s+", " ")
        .strip();
    return text.codePointCount(0, text.length()) <= EXCERPT
        ? text
        : text.substring(0, text.offsetByCodePoints(0, EXCERPT - 1)) + "…";
  }

  static Set<UUID> mentioned(String body) {
    Set<UUID> people = new LinkedHashSet<>();
    Matcher matcher = MENTION.matcher(body);
    while (matcher.find()) {
      people.add(UUID.fromString(matcher.group(1)));
    }
    return people;
  }

  private CommentThread view(ThreadRow thread, Viewer viewer, PageRow page) {
    List<CommentRow> rows = comments.comments(thread.id());
    return view(thread, rows, names(List.of(thread), rows), viewer, page);
  }

  private CommentThread view(
      ThreadRow thread,
      List<CommentRow> rows,
      Map<UUID, PersonName> names,
      Viewer viewer,
      PageRow page) {
    boolean canComment = commentable(page);
    Function<UUID, PersonName> name =
        id -> names.getOrDefault(id, new PersonName(id, "", "#8c8c8c"));
    List<PageComment> list = rows.stream()
        .map(c -> new PageComment(
            c.id(),
            name.apply(c.authorId()),
            c.body(),
            mentioned(c.body()).stream().map(name).toList(),
            c.createdAt(),
            c.editedAt(),
            c.deleted(),
            new CommentCapabilities(
                canComment && !c.deleted() && c.authorId().equals(viewer.personId()),
                canComment
                    && !c.deleted()
                    && (c.authorId().equals(viewer.personId()) || page.administrable()))))
        .toList();
    CommentAnchor anchor =
        thread.anchorStart() == null || thread.anchorEnd() == null || thread.quote() == null
            ? null
            : new CommentAnchor(
                Base64.getEncoder().encodeToString(thread.anchorStart()),
                Base64.getEncoder().encodeToString(thread.anchorEnd()),
                thread.quote());
    return new CommentThread(
        thread.id(),
        thread.pageId(),
        anchor,
        thread.resolvedAt() != null,
        thread.resolvedBy() == null ? null : name.apply(thread.resolvedBy()),
        thread.resolvedAt(),
        thread.createdAt(),
        list);
  }

  private Map<UUID, PersonName> names(Collection<ThreadRow> threads, Collection<CommentRow> rows) {
    Set<UUID> people = new HashSet<>();
    threads.forEach(t -> {
      if (t.resolvedBy() != null) {
        people.add(t.resolvedBy());
      }
    });
    rows.forEach(c -> {
      people.add(c.authorId());
      people.addAll(mentioned(c.body()));
    });
    return people(people);
  }

  private Map<UUID, PersonName> people(Set<UUID> people) {
    return people.isEmpty()
        ? Map.of()
        : directory.summaries(people).stream()
            .collect(Collectors.toMap(
                p -> p.id(), p -> new PersonName(p.id(), p.name(), p.avatarColor())));
  }

  /** A thread of a page the viewer may read; otherwise it does not exist for them. */
  private ThreadRow thread(Viewer viewer, UUID threadId) {
    ThreadRow thread = comments.thread(threadId).orElseThrow(PageComments::threadNotFound);
    try {
      pages.readable(viewer, thread.pageId());
    } catch (DomainException e) {
      if (e.status() == HttpStatus.NOT_FOUND) {
        throw threadNotFound();
      }
      throw e;
    }
    return thread;
  }

  private CommentRow comment(Viewer viewer, UUID commentId) {
    CommentRow comment = comments
        .comment(commentId)
        .filter(c -> !c.deleted())
        .orElseThrow(() -> DomainException.notFound("doc.comment-not-found", "No such comment."));
    try {
      thread(viewer, comment.threadId());
    } catch (DomainException e) {
      throw DomainException.notFound("doc.comment-not-found", "No such comment.");
    }
    return comment;
  }

  private static DomainException threadNotFound() {
    return DomainException.notFound("doc.thread-not-found", "No such comment thread.");
  }

  private static boolean commentable(PageRow page) {
    return !page.spaceArchived() && !page.archivedAbove();
  }

  private static PageRow requireCommentable(PageRow page) {
    if (page.spaceArchived()) {
      throw DomainException.conflict("doc.space-archived", "This space is archived.");
    }
    if (page.archivedAbove()) {
      throw DomainException.conflict("doc.page-archived", "This page is archived.");
    }
    return page;
  }

  private static String body(String body) {
    String stripped = body.strip();
    if (stripped.isEmpty()) {
      throw DomainException.badRequest("doc.comment-empty", "Write something in the comment.");
    }
    if (stripped.codePointCount(0, stripped.length()) > MAX_BODY) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "doc.comment-too-long",
          "A comment has at most " + MAX_BODY + " characters.",
          Map.of("max", MAX_BODY));
    }
    return stripped;
  }

  private static byte[] position(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw anchorInvalid();
    }
    if (bytes.length == 0 || !RelativePositions.wellFormed(bytes)) {
      throw anchorInvalid();
    }
    return bytes;
  }

  private static DomainException anchorInvalid() {
    return DomainException.badRequest(
        "doc.anchor-invalid", "The passage's position is not a Yjs relative position.");
  }
}
