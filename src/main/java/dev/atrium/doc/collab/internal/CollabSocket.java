package dev.atrium.doc.collab.internal;

import dev.atrium.access.Subject;
import dev.atrium.doc.PageAccess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * One open collab socket: who it is, what they may do (re-checked from a short cache), and its
 * bounded outbound queue, written by the socket's own virtual thread so that nobody relaying to
 * it waits on its network. A socket whose queue overflows is closed; its client reconnects and
 * syncs, losing nothing (Yjs exchanges whatever either side lacks).
 */
final class CollabSocket {

  static final int MAX_QUEUED = 1_000;
  static final CloseStatus TOO_SLOW = new CloseStatus(4008, "Too slow");
  private static final Logger log = LoggerFactory.getLogger(CollabSocket.class);

  final String id = UUID.randomUUID().toString();
  final WebSocketSession session;
  final UUID pageId;
  final Subject subject;
  final @Nullable UUID sessionId;
  /** Awareness client ids this socket announced, so their states can be cleared when it closes. */
  final Set<Long> awarenessClients = ConcurrentHashMap.newKeySet();
  /** A frame arriving in parts. */
  final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  /** The message type of the frame arriving in parts (its first byte), which sets its size limit. */
  int frameType;

  private final BlockingQueue<Object> out = new ArrayBlockingQueue<>(MAX_QUEUED);
  private volatile PageAccess access;
  private volatile long accessCheckedAt;
  /** Updates and awareness frames have a bucket each, so cursor moves cannot use up the right to type. */
  final TokenBucket updates;

  final TokenBucket awareness;
  /** This socket was told to seed the page from its template; its closing lets another claim it. */
  volatile boolean seeding;
  /** The log position a snapshot was asked for at, or -1 when none is awaited from this socket. */
  volatile long snapshotAskedAt = -1;

  private volatile boolean closing;
  private @Nullable Thread writer;

  CollabSocket(
      WebSocketSession session,
      UUID pageId,
      Subject subject,
      @Nullable UUID sessionId,
      PageAccess access,
      int burst,
      int perSecond) {
    this.session = session;
    this.pageId = pageId;
    this.subject = subject;
    this.sessionId = sessionId;
    this.access = access;
    this.accessCheckedAt = System.nanoTime();
    this.updates = new TokenBucket(burst, perSecond);
    this.awareness = new TokenBucket(burst, perSecond);
  }

  UUID personId() {
    return subject.personId();
  }

  PageAccess access() {
    return access;
  }

  long accessCheckedAt() {
    return accessCheckedAt;
  }

  void access(PageAccess access) {
    this.access = access;
    this.accessCheckedAt = System.nanoTime();
  }

  /** Forgets the cached permission, so the next frame checks again. */
  void recheckAccess() {
    this.accessCheckedAt = Long.MIN_VALUE / 2;
  }

  void start() {
    writer = Thread.ofVirtual().name("collab-" + id).start(this::write);
  }

  void offer(byte[] frame) {
    if (!closing && !out.offer(frame)) {
      close(TOO_SLOW);
    }
  }

  /** Closes after the frames already queued (a notice saying why goes before its close). */
  void close(CloseStatus status) {
    if (closing) {
      return;
    }
    closing = true;
    if (!out.offer(status)) {
      Thread.ofVirtual().start(() -> closeNow(status));
    }
  }

  void stop() {
    closing = true;
    if (writer != null) {
      writer.interrupt();
    }
  }

  private void write() {
    try {
      while (true) {
        Object next = out.take();
        if (next instanceof CloseStatus status) {
          closeNow(status);
          return;
        }
        session.sendMessage(new BinaryMessage((byte[]) next));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | IllegalStateException e) {
      log.debug("Collab socket {} failed to write: {}", id, e.toString());
      closeNow(CloseStatus.SERVER_ERROR);
    }
  }

  private void closeNow(CloseStatus status) {
    try {
      session.close(status);
    } catch (IOException | IllegalStateException e) {
      log.debug("Collab socket {} failed to close: {}", id, e.toString());
    }
  }
}
