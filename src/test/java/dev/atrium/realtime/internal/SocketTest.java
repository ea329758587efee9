package dev.atrium.realtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.atrium.realtime.Frame;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One socket's outbox: ordering around catch-up, and what a client too slow to read costs others. */
class SocketTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final UUID channel = UUID.randomUUID();

  @Test
  void liveFramesThatArriveBeforeResumeAreSentOnceAfterTheCatchUp() throws Exception {
    WebSocketSession session = session();
    BlockingQueue<JsonNode> sent = new LinkedBlockingQueue<>();
    doAnswer(call -> sent.add(JSON.readTree(((TextMessage) call.getArgument(0)).getPayload())))
        .when(session)
        .sendMessage(any());
    // the backlog read at resume already holds 11 and 12, which were also pushed live meanwhile
    Socket socket = new Socket(
        session,
        UUID.randomUUID(),
        null,
        (person, cursors) -> List.of(event(11), event(12)),
        frameJson());
    socket.start();
    socket.offer(event(11));
    socket.offer(event(12));
    socket.offer(event(13));
    socket.resume(Map.of(channel, 10L));
    socket.offer(event(14));

    for (String expected : List.of("event 11", "event 12", "event 13", "ready", "event 14")) {
      JsonNode frame = sent.poll(5, TimeUnit.SECONDS);
      assertThat(frame).isNotNull();
      assertThat((frame.path("type").asString() + " " + frame.path("seq").asString()).strip())
          .isEqualTo(expected);
    }
    assertThat(sent.poll(200, TimeUnit.MILLISECONDS)).isNull();
    socket.stop();
  }

  @Test
  void aSocketTooSlowToReadIsClosedWith4008WithoutBlockingTheSender() throws Exception {
    WebSocketSession session = session();
    CountDownLatch network = new CountDownLatch(1);
    // the client stopped reading: the first write never returns
    doAnswer(call -> {
          network.await();
          return null;
        })
        .when(session)
        .sendMessage(any());
    Socket socket =
        new Socket(session, UUID.randomUUID(), null, (person, cursors) -> List.of(), frameJson());
    socket.start();
    socket.resume(Map.of());

    long started = System.nanoTime();
    for (int seq = 1; seq <= Socket.CAPACITY + 2; seq++) {
      socket.offer(event(seq));
    }
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
        .as("offering never waits on the network")
        .isLessThan(2_000);
    verify(session, timeout(5_000)).close(Socket.OVERFLOW);
    assertThat(Socket.OVERFLOW.getCode()).isEqualTo(4008);
    network.countDown();
  }

  private Frame event(long seq) {
    return new Frame.Event(
        "chat.channel",
        channel,
        seq,
        Instant.parse("2026-01-01T00:00:00Z"),
        JSON.createObjectNode());
  }

  private static WebSocketSession session() {
    WebSocketSession session = mock(WebSocketSession.class);
    when(session.getId()).thenReturn("test");
    return session;
  }

  private static FrameJson frameJson() {
    return new FrameJson(JSON);
  }
}
