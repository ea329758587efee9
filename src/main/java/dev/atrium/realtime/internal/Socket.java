package dev.atrium.realtime.internal;

import dev.atrium.realtime.Frame;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * One open socket of one person. Producers only {@link #offer} into a bounded outbox and never
 * wait; a single virtual thread is the socket's only writer. That thread also runs the catch-up,
 * so live frames that arrive meanwhile queue behind it in the outbox. Until the client's
 * {@code resume} has been answered, live frames are held back; afterwards an event whose
 * {@code seq} is not above the last one sent for its resource is dropped (it was in the catch-up).
 */
final class Socket {

  /** Frames a socket may have waiting; one more closes it with {@link #OVERFLOW}. */
  static final int CAPACITY = 1_000;

  static final CloseStatus OVERFLOW = new CloseStatus(4008, "Too slow; reconnect and resume");

  private static final Logger log = LoggerFactory.getLogger(Socket.class);

  /** Queued by {@link #close} to wake the writer, which then closes the session itself. */
  private static final Object CLOSE = new Object();

  /** The client's resume request, queued in order with the frames. */
  record Resume(Map<UUID, Long> cursors) {}

  /** A socket relays at most one typing frame per this many nanoseconds; the rest are dropped. */
  static final long TYPING_EVERY = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(2_000);

  private final WebSocketSession session;
  private final UUID personId;
  /** The session that opened this socket; null when it authenticated with a token. */
  private final @org.jspecify.annotations.Nullable UUID sessionId;

  private volatile boolean idle;
  private volatile Set<UUID> watching = Set.of();
  private final java.util.concurrent.atomic.AtomicLong lastTyping =
      new java.util.concurrent.atomic.AtomicLong(Long.MIN_VALUE);
  private final BiFunction<UUID, Map<UUID, Long>, List<Frame>> catchUp;
  private final FrameJson json;
  private final LinkedBlockingQueue<Object> outbox = new LinkedBlockingQueue<>(CAPACITY);
  private final AtomicBoolean closing = new AtomicBoolean();
  private final AtomicBoolean sessionClosed = new AtomicBoolean();
  private volatile @org.jspecify.annotations.Nullable CloseStatus closeWith;
  private @org.jspecify.annotations.Nullable Thread sender;

  Socket(
      WebSocketSession session,
      UUID personId,
      @org.jspecify.annotations.Nullable UUID sessionId,
      BiFunction<UUID, Map<UUID, Long>, List<Frame>> catchUp,
      FrameJson json) {
    this.session = session;
    this.personId = personId;
    this.sessionId = sessionId;
    this.catchUp = catchUp;
    this.json = json;
  }

  UUID personId() {
    return personId;
  }

  @org.jspecify.annotations.Nullable
  UUID sessionId() {
    return sessionId;
  }

  boolean idle() {
    return idle;
  }

  void idle(boolean idle) {
    this.idle = idle;
  }

  Set<UUID> watching() {
    return watching;
  }

  void watching(Set<UUID> people) {
    this.watching = Set.copyOf(people);
  }

  /** True at most once per {@link #TYPING_EVERY}: a held-down key cannot flood a channel. */
  boolean mayRelayTyping(long nanoTime) {
    long last = lastTyping.get();
    return (last == Long.MIN_VALUE || nanoTime - last >= TYPING_EVERY)
        && lastTyping.compareAndSet(last, nanoTime);
  }

  void start() {
    sender = Thread.ofVirtual().name("ws-" + session.getId()).start(this::send);
  }

  /** Queues a live frame; never blocks. A full outbox closes the socket: the client resumes. */
  void offer(Frame frame) {
    offer(new Outgoing(frame));
  }

  /** Queues a frame shared with other sockets, so its JSON is written once for all of them. */
  void offer(Outgoing frame) {
    if (!outbox.offer(frame)) {
      close(OVERFLOW);
    }
  }

  void resume(Map<UUID, Long> cursors) {
    if (!outbox.offer(new Resume(Map.copyOf(cursors)))) {
      close(OVERFLOW);
    }
  }

  /**
   * Closes from any thread without waiting on the network. The writer sends the close frame between
   * two frames: closing under a write in progress broke the write, and the client saw the connection
   * drop (1001) instead of the reason (a suspended person's socket must read 4001, "signed out").
   * The writer itself, closing, has returned to {@link #send}, which closes as it ends.
   */
  void close(CloseStatus status) {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    closeWith = status;
    Thread running = sender;
    if (running == null) {
      Thread.ofVirtual().start(this::closeSession);
    } else if (running != Thread.currentThread() && !outbox.offer(CLOSE)) {
      // a full outbox: the client reads too slowly for a write in progress to matter
      stop();
    }
  }

  private void closeSession() {
    CloseStatus status = closeWith;
    if (status != null && sessionClosed.compareAndSet(false, true)) {
      try {
        session.close(status);
      } catch (IOException | RuntimeException e) {
        log.debug("Closing socket {} failed", session.getId(), e);
      }
    }
  }

  void stop() {
    Thread running = sender;
    if (running != null) {
      running.interrupt();
    }
  }

  private void send() {
    Map<UUID, Long> lastSent = new HashMap<>();
    List<Outgoing> held = new ArrayList<>();
    boolean ready = false;
    try {
      while (!Thread.currentThread().isInterrupted() && !closing.get()) {
        Object item = outbox.take();
        if (item == CLOSE) {
          return;
        }
        if (item instanceof Resume resume) {
          if (ready) {
            continue;
          }
          for (Frame frame : catchUp.apply(personId, resume.cursors())) {
            write(new Outgoing(frame), lastSent);
          }
          for (Outgoing frame : held) {
            if (fresh(frame.frame(), lastSent)) {
              write(frame, lastSent);
            }
          }
          held.clear();
          write(new Outgoing(new Frame.Ready()), lastSent);
          ready = true;
        } else if (item instanceof Outgoing frame) {
          if (!ready) {
            if (held.size() >= CAPACITY) {
              close(OVERFLOW);
              return;
            }
            held.add(frame);
          } else if (fresh(frame.frame(), lastSent)) {
            write(frame, lastSent);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      log.debug("Socket {} failed; the client will resume", session.getId(), e);
      close(CloseStatus.SERVER_ERROR);
    } finally {
      closeSession();
    }
  }

  private static boolean fresh(Frame frame, Map<UUID, Long> lastSent) {
    if (frame instanceof Frame.Event event) {
      Long last = lastSent.get(event.resourceId());
      return last == null || event.seq() > last;
    }
    return true;
  }

  private void write(Outgoing frame, Map<UUID, Long> lastSent) throws IOException {
    switch (frame.frame()) {
      case Frame.Event e -> lastSent.put(e.resourceId(), e.seq());
      case Frame.Reset r -> lastSent.remove(r.resourceId());
      case Frame.Ready r -> {}
      case Frame.Signal s -> {}
      case Frame.Ack a -> {}
    }
    session.sendMessage(new TextMessage(frame.text(json)));
  }
}
