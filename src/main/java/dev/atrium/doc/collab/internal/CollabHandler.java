package dev.atrium.doc.collab.internal;

import dev.atrium.access.Subject;
import dev.atrium.doc.PageAccess;
import dev.atrium.doc.Pages;
import dev.atrium.realtime.SocketHandshake;
import dev.atrium.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.BinaryWebSocketHandler;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /api/v1/pages/{id}/collab}: a page's Yjs updates and awareness between its editors and
 * readers (docs/adr/0006). Every client update is validated, checked against the sender's
 * permission (re-read from a short cache) and the limits, and stored before it is relayed, so an
 * edit anyone has seen survives a restart.
 */
@Component
class CollabHandler extends BinaryWebSocketHandler {

  static final String SOCKET = "atrium.doc.socket";
  static final CloseStatus MALFORMED = CloseStatus.BAD_DATA.withReason("Malformed update");
  static final CloseStatus TOO_LARGE = CloseStatus.TOO_BIG_TO_PROCESS.withReason("Too large");
  static final CloseStatus RATE_LIMITED = new CloseStatus(1013, "Rate limited");
  static final CloseStatus GONE = new CloseStatus(4404, "Page not found");
  private static final int PART_BYTES = 64 * 1024;
  private static final Logger log = LoggerFactory.getLogger(CollabHandler.class);

  private final CollabRooms rooms;
  private final CollabDocuments documents;
  private final Pages pages;
  private final CollabSettings settings;
  private final ObjectMapper json;

  CollabHandler(
      CollabRooms rooms,
      CollabDocuments documents,
      Pages pages,
      CollabSettings settings,
      ObjectMapper json) {
    this.rooms = rooms;
    this.documents = documents;
    this.pages = pages;
    this.settings = settings;
    this.json = json;
  }

  @Override
  public void afterConnectionEstablished(WebSocketSession session) {
    var attributes = session.getAttributes();
    // the handshake (PageHandshake) put these, or the socket would not be open
    CollabSocket socket = new CollabSocket(
        session,
        (UUID) Objects.requireNonNull(attributes.get(PageHandshake.PAGE)),
        (Subject) Objects.requireNonNull(attributes.get(PageHandshake.SUBJECT)),
        SocketHandshake.sessionId(session),
        (PageAccess) Objects.requireNonNull(attributes.get(PageHandshake.ACCESS)),
        settings.updateBurst(),
        settings.updatesPerSecond());
    attributes.put(SOCKET, socket);
    // fewer, larger parts than the container's default for /api/v1/ws, whose clients send no binary
    session.setBinaryMessageSizeLimit(PART_BYTES);
    // joined before the stored content is read, so an update stored meanwhile is relayed to it
    PageRoom room = rooms.join(socket);
    socket.start();
    CollabDocuments.Stored stored = documents.load(socket.pageId);
    socket.offer(CollabMessage.step1(stored.stateVector()));
    List<byte[]> updates = stored.updates();
    for (int i = 0; i < updates.size() - 1; i++) {
      socket.offer(CollabMessage.update(updates.get(i)));
    }
    if (updates.isEmpty() && socket.access().canEdit()) {
      // before step 2, so a client knows once synced whether it is the one to write the template
      pages.claimTemplate(socket.pageId, settings.templateClaim()).ifPresent(markdown -> {
        socket.seeding = true;
        socket.offer(CollabMessage.seed(markdown));
      });
    }
    socket.offer(CollabMessage.step2(updates.isEmpty() ? YUpdate.EMPTY : updates.getLast()));
    if (!room.awareness.isEmpty()) {
      socket.offer(CollabMessage.awareness(
          CollabMessage.writeAwareness(List.copyOf(room.awareness.values()))));
    }
  }

  /** Frames are joined here from the container's small buffer, up to the limit of their kind. */
  @Override
  public boolean supportsPartialMessages() {
    return true;
  }

  @Override
  protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
    CollabSocket socket =
        (CollabSocket) Objects.requireNonNull(session.getAttributes().get(SOCKET));
    var pending = socket.pending;
    var payload = message.getPayload();
    byte[] part = new byte[payload.remaining()];
    payload.get(part);
    if (pending.size() == 0 && part.length > 0) {
      socket.frameType = part[0] & 0xff;
    }
    pending.writeBytes(part);
    int limit = socket.frameType == CollabMessage.SNAPSHOT
        ? settings.maxSnapshotBytes()
        : settings.maxUpdateBytes();
    if (pending.size() > limit) {
      pending.reset();
      refuse(
          socket,
          "doc.update-too-large",
          "An update may be at most " + limit + " bytes.",
          TOO_LARGE);
      return;
    }
    if (!message.isLast()) {
      return;
    }
    byte[] frame = pending.toByteArray();
    pending.reset();
    try {
      handle(socket, CollabMessage.read(frame));
    } catch (MalformedUpdate e) {
      log.debug(
          "Malformed frame on page {} from {}: {}",
          socket.pageId,
          socket.personId(),
          e.getMessage());
      refuse(
          socket,
          "doc.malformed-update",
          "The update is not a valid Yjs update; nothing was stored.",
          MALFORMED);
    }
  }

  @Override
  protected void handleTextMessage(WebSocketSession session, TextMessage message) {
    CollabSocket socket =
        (CollabSocket) Objects.requireNonNull(session.getAttributes().get(SOCKET));
    refuse(socket, "doc.malformed-update", "This socket speaks binary frames only.", MALFORMED);
  }

  /**
   * Only frames that write check the sender's permission against the database (when the cache is
   * stale): cursors and sync requests use the cached one, which permission and org changes refresh
   * at once (CollabAccessListener). Checked on every frame, a thousand open pages renewing their
   * cursors every 15 s stalled everyone's typing for most of a second.
   */
  private void handle(CollabSocket socket, CollabMessage message) {
    switch (message) {
      // everything stored was sent on connect; live updates follow as they are stored
      case CollabMessage.StateVector ignored -> socket.offer(CollabMessage.step2(YUpdate.EMPTY));
      case CollabMessage.Update update -> {
        PageAccess access = access(socket);
        if (access != null) {
          update(socket, access, update.update());
        }
      }
      case CollabMessage.Awareness awareness -> {
        if (!socket.awareness.take()) {
          return; // ephemeral: the client's next change or its periodic renewal carries it
        }
        for (var state : CollabMessage.readAwareness(awareness.update())) {
          socket.awarenessClients.add(state.client());
        }
        rooms.relay(socket, CollabMessage.awareness(awareness.update()));
      }
      case CollabMessage.QueryAwareness ignored -> {
        PageRoom room = rooms.room(socket.pageId);
        socket.offer(CollabMessage.awareness(
            CollabMessage.writeAwareness(List.copyOf(room.awareness.values()))));
      }
      case CollabMessage.Snapshot snapshot -> {
        PageAccess access = access(socket);
        if (access != null) {
          snapshot(socket, access, snapshot);
        }
      }
    }
  }

  private void update(CollabSocket socket, PageAccess access, byte[] update) {
    YUpdate decoded = YUpdate.decode(update);
    if (decoded.isEmpty()) {
      return;
    }
    if (!access.canEdit()) {
      notice(
          socket,
          "doc.read-only",
          "You may read this page but not edit it; your change was not saved.");
      return;
    }
    if (!socket.updates.take()) {
      // closed so that the client reconnects and sends, in the sync, what was refused here
      refuse(
          socket, "doc.rate-limited", "Too many updates; reconnecting to catch up.", RATE_LIMITED);
      return;
    }
    var appended = documents.append(socket.pageId, socket.personId(), update);
    if (appended.isEmpty()) {
      refuse(
          socket,
          "doc.too-large",
          "The page has reached its size limit of " + settings.maxDocumentBytes() + " bytes.",
          TOO_LARGE);
      return;
    }
    rooms.relay(socket, CollabMessage.update(update));
    var size = appended.get();
    if (size.count() >= versionEveryUpdates(socket.pageId)
        || size.bytes() >= settings.versionEveryBytes()) {
      askForVersion(socket, size.id());
    }
  }

  /**
   * Between the setting and half as much again, fixed per page: pages whose typing began together
   * (a meeting's notes, clients reconnecting after a restart) would otherwise all ask for a version
   * in the same second, and their snapshots, index commits and watcher notices with it.
   */
  private long versionEveryUpdates(UUID pageId) {
    long every = settings.versionEveryUpdates();
    return every + Math.floorMod(pageId.hashCode(), every / 2 + 1);
  }

  private void snapshot(CollabSocket socket, PageAccess access, CollabMessage.Snapshot snapshot) {
    long askedAt = socket.snapshotAskedAt;
    socket.snapshotAskedAt = -1;
    if (askedAt < 0 || !access.canEdit()) {
      return;
    }
    rooms.room(socket.pageId).answered();
    documents
        .storeVersion(socket.pageId, socket.personId(), askedAt, snapshot)
        .ifPresent(number ->
            log.debug("Page {} version {} from {}", socket.pageId, number, socket.personId()));
  }

  private void askForVersion(CollabSocket socket, long position) {
    if (rooms.room(socket.pageId).mayAsk(System.nanoTime())) {
      socket.snapshotAskedAt = position;
      socket.offer(CollabMessage.snapshotRequest());
    }
  }

  /**
   * After a pause in editing, one editor connected here is asked for a version of what was typed
   * (each node asks for the pages it has open; a version that holds nothing new is not stored).
   */
  @Scheduled(fixedDelayString = "${atrium.doc.collab.idle-check:PT2S}")
  void versionIdlePages() {
    long now = System.nanoTime();
    for (var entry : rooms.open()) {
      PageRoom room = entry.getValue();
      if (!room.versionDue || now - room.editedAt < settings.versionWhenIdle().toNanos()) {
        continue;
      }
      room.sockets.stream().filter(s -> s.access().canEdit()).findFirst().ifPresent(editor -> {
        long position = documents.logPosition(entry.getKey());
        if (position >= 0) {
          askForVersion(editor, position);
        } else {
          room.versionDue = false;
        }
      });
    }
  }

  /** The sender's permission, re-read when the cache is stale; null (and the socket closed) when they lost the page. */
  private @Nullable PageAccess access(CollabSocket socket) {
    if (System.nanoTime() - socket.accessCheckedAt() < settings.accessCacheFor().toNanos()) {
      return socket.access();
    }
    try {
      PageAccess access = pages.access(socket.subject, socket.pageId);
      socket.access(access);
      return access;
    } catch (DomainException e) {
      if (e.status() != HttpStatus.NOT_FOUND) {
        throw e;
      }
      refuse(socket, "doc.page-not-found", "This page is gone or no longer shared with you.", GONE);
      return null;
    }
  }

  /** These sockets check their permission again now: they are closed if they lost the page. */
  void recheck(Predicate<CollabSocket> which) {
    for (var entry : rooms.open()) {
      entry.getValue().sockets.stream().filter(which).forEach(socket -> {
        socket.recheckAccess();
        access(socket);
      });
    }
  }

  private void notice(CollabSocket socket, String code, String message) {
    socket.offer(
        CollabMessage.notice(json.writeValueAsString(Map.of("code", code, "message", message))));
  }

  private void refuse(CollabSocket socket, String code, String message, CloseStatus status) {
    notice(socket, code, message);
    socket.close(status);
  }

  @Override
  public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
    if (!(session.getAttributes().get(SOCKET) instanceof CollabSocket socket)) {
      return;
    }
    PageRoom room = rooms.room(socket.pageId);
    if (socket.snapshotAskedAt >= 0) {
      room.answered();
    }
    rooms.leave(socket);
    socket.stop();
    if (socket.seeding) {
      pages.releaseTemplate(socket.pageId);
    }
    List<CollabMessage.AwarenessState> gone = new ArrayList<>();
    for (long client : socket.awarenessClients) {
      var last = room.awareness.get(client);
      gone.add(
          new CollabMessage.AwarenessState(client, last == null ? 1 : last.clock() + 1, "null"));
    }
    if (!gone.isEmpty()) {
      rooms.relay(socket, CollabMessage.awareness(CollabMessage.writeAwareness(gone)));
    }
  }
}
