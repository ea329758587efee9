package dev.atrium.doc.collab.internal;

import dev.atrium.doc.PageWatchers;
import dev.atrium.doc.Pages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one write path of a page's co-edited content: appends a client's update to the log (before
 * anyone else receives it) and stores a version from a client's snapshot when that snapshot holds
 * everything stored so far.
 */
@Service
public class CollabDocuments {

  private static final Logger log = LoggerFactory.getLogger(CollabDocuments.class);

  /** Everything stored for a page, in the order to send it, and the state vector of it all. */
  record Stored(List<byte[]> updates, Map<Long, Long> stateVector) {}

  /** What the log holds beyond the latest version after an append, and the appended position. */
  record Appended(long id, long count, long bytes) {}

  private final PageUpdates table;
  private final Pages pages;
  private final PageWatchers watchers;
  private final CollabSettings settings;

  CollabDocuments(PageUpdates table, Pages pages, PageWatchers watchers, CollabSettings settings) {
    this.table = table;
    this.pages = pages;
    this.watchers = watchers;
    this.settings = settings;
  }

  /**
   * One snapshot of the database for both reads: in read committed, a version stored between them
   * would have deleted log rows this reads without holding the version they went into.
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  Stored load(UUID pageId) {
    List<byte[]> updates = new ArrayList<>();
    Ranges held = new Ranges();
    table.latest(pageId).ifPresent(version -> {
      updates.add(version.data());
      held.addAll(YUpdate.decode(version.data()).structs());
    });
    for (PageUpdates.Logged row : table.log(pageId)) {
      updates.add(row.data());
      held.addAll(YUpdate.decode(row.data()).structs());
    }
    return new Stored(updates, held.stateVector());
  }

  /**
   * Stores an update already validated by {@link YUpdate#decode}; refused with nothing stored when
   * the page would hold more than the document limit.
   */
  Optional<Appended> append(UUID pageId, UUID authorId, byte[] update) {
    return table.append(pageId, authorId, update, settings.maxDocumentBytes());
  }

  /** The log's latest position, where a version asked for now must reach. */
  @Transactional(readOnly = true)
  long logPosition(UUID pageId) {
    return table.lastPosition(pageId);
  }

  /**
   * Stores the client's snapshot as the page's next version if it holds every struct and deletion
   * of the latest version, so that loading the new version instead loses nothing; the log rows up
   * to {@code askedAt} that it holds whole then go (a row it lacks — an update still on its way to
   * that client — stays, and is sent after the version on load), and the client's rendering
   * becomes the page's stored content, and the page's watchers hear of the session's edits. Answers the version's number, or empty when the snapshot
   * was refused or held none of the log.
   */
  @Transactional
  Optional<Integer> storeVersion(
      UUID pageId, UUID editorId, long askedAt, CollabMessage.Snapshot snapshot) {
    YUpdate state = YUpdate.decode(snapshot.state());
    table.lock(pageId);
    var latest = table.latest(pageId);
    if (latest.isPresent() && !holds(state, YUpdate.decode(latest.get().data()))) {
      log.info(
          "Refused a snapshot of page {}: it lacks part of version {}",
          pageId,
          latest.get().number());
      return Optional.empty();
    }
    List<PageUpdates.Logged> covered = table.log(pageId, askedAt).stream()
        .filter(row -> holds(state, YUpdate.decode(row.data())))
        .toList();
    if (covered.isEmpty()) {
      return Optional.empty();
    }
    int number = table.storeVersion(pageId, snapshot.state(), snapshot.markdown(), covered);
    pages.storeContent(pageId, snapshot.markdown(), snapshot.text(), editorId);
    var editors = new LinkedHashSet<UUID>();
    covered.forEach(row -> editors.add(row.authorId()));
    watchers.edited(pageId, editors);
    return Optional.of(number);
  }

  private static boolean holds(YUpdate whole, YUpdate part) {
    return whole.structs().covers(part.structs()) && whole.deletes().covers(part.deletes());
  }
}
