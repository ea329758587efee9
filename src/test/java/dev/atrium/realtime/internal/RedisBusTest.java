package dev.atrium.realtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.realtime.ClusterBus;
import dev.atrium.realtime.ClusterBus.Delivery;
import dev.atrium.realtime.ClusterBus.Disconnect;
import dev.atrium.realtime.ClusterBus.Message;
import dev.atrium.realtime.Frame;
import dev.atrium.realtime.RedisAvailable;
import io.lettuce.core.RedisClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two nodes' buses on one Redis channel (unique per test), without Spring. "Exactly once" is
 * checked without sleeping: Redis delivers one channel's messages to a subscriber in the order it
 * received the publications, so once a later marker has arrived, every copy of an earlier message
 * that was ever coming has arrived too.
 */
class RedisBusTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final String channel = "atrium:test:" + UUID.randomUUID();
  private final List<RedisBus> buses = new ArrayList<>();
  private Node one;
  private Node two;

  private record Node(RedisBus bus, BlockingQueue<Message> received) {}

  @BeforeEach
  void twoNodes() {
    RedisAvailable.assumeRunning();
    one = node();
    two = node();
  }

  @AfterEach
  void close() {
    buses.forEach(RedisBus::close);
  }

  @Test
  void aDeliveryReachesEveryNodeExactlyOnceIncludingThePublisher() {
    Delivery delivery = delivery("你好，世界 🌏 — 第一条");
    one.bus().publish(delivery);

    assertThat(next(two)).isEqualTo(delivery);
    // two's marker is published after two has the delivery, so one's echo of it (if any) is ahead
    // of it
    Delivery fromTwo = delivery("marker from two");
    two.bus().publish(fromTwo);
    assertThat(next(one)).as("one delivers its own publication at once").isEqualTo(delivery);
    assertThat(next(one)).as("and skips the echo from Redis").isEqualTo(fromTwo);
    // one's marker follows its delivery on the channel: two can have had no second copy
    Delivery fromOne = delivery("marker from one");
    one.bus().publish(fromOne);
    assertThat(next(two)).isEqualTo(fromTwo);
    assertThat(next(two)).isEqualTo(fromOne);
    assertThat(next(one)).isEqualTo(fromOne);
    assertThat(one.received()).isEmpty();
    assertThat(two.received()).isEmpty();
  }

  @Test
  void aDisconnectRoundTrips() {
    Disconnect disconnect = new Disconnect(UUID.randomUUID());
    two.bus().publish(disconnect);
    assertThat(next(one)).isEqualTo(disconnect);
    assertThat(next(two)).isEqualTo(disconnect);
  }

  @Test
  void aRelayCarriesItsBytesUnchanged() {
    byte[] payload = {0, 2, 5, (byte) 0xff, (byte) 0x80, 0x7f};
    two.bus().publish(new ClusterBus.Relay("page:1", "socket-a", payload));
    var arrived = (ClusterBus.Relay) next(one);
    assertThat(arrived.topic()).isEqualTo("page:1");
    assertThat(arrived.origin()).isEqualTo("socket-a");
    assertThat(arrived.payload()).containsExactly(payload);
  }

  @Test
  void resetAndReadyFramesRoundTrip() {
    Delivery reset = new Delivery(
        Set.of(UUID.randomUUID()), new Frame.Reset("chat.channel", UUID.randomUUID(), 42));
    Delivery ready = new Delivery(Set.of(UUID.randomUUID()), new Frame.Ready());
    one.bus().publish(reset);
    one.bus().publish(ready);
    assertThat(next(two)).isEqualTo(reset);
    assertThat(next(two)).isEqualTo(ready);
  }

  @Test
  void chineseTextSurvivesTheTripByteForByte() {
    String body = "会议改到下午三点，请大家准时参加。👍 «ü»";
    Delivery delivery = delivery(body);
    one.bus().publish(delivery);
    Delivery received = (Delivery) next(two);
    assertThat(((Frame.Event) received.frame()).event().path("body").asString()).isEqualTo(body);
  }

  @Test
  void anUnreadableMessageOnTheChannelIsDroppedAndLaterOnesStillArrive() {
    RedisClient raw = RedisClient.create(RedisAvailable.URL);
    try (var connection = raw.connect()) {
      connection.sync().publish(channel, "{not json");
      connection.sync().publish(channel, "{\"node\":\"elsewhere\",\"type\":\"teleport\"}");
    } finally {
      raw.shutdown();
    }
    Delivery delivery = delivery("after the noise");
    one.bus().publish(delivery);
    assertThat(next(two)).isEqualTo(delivery);
  }

  @Test
  void aNodeWhoseConnectionsWereCutReconnectsAndResubscribes() throws InterruptedException {
    RedisClient raw = RedisClient.create(RedisAvailable.URL);
    try (var connection = raw.connect()) {
      // what a Redis restart does to this node, without touching anybody else's connections
      for (String client : connection.sync().clientList().split("\n")) {
        if (client.contains(" name=" + one.bus().clientName() + " ")) {
          connection
              .sync()
              .clientKill(io.lettuce.core.KillArgs.Builder.id(
                  Long.parseLong(client.replaceAll("^id=(\\d+) .*$", "$1").trim())));
        }
      }
    } finally {
      raw.shutdown();
    }
    // Lettuce reconnects after a back-off we do not control: knock until one hears two again
    long deadline = System.nanoTime() + WAIT.toNanos();
    Message heard = null;
    while (heard == null && System.nanoTime() < deadline) {
      two.bus().publish(delivery("anyone there?"));
      heard = one.received().poll(200, TimeUnit.MILLISECONDS);
    }
    assertThat(heard).as("one resubscribed").isNotNull();
    Delivery delivery = delivery("back again");
    one.bus().publish(delivery);
    Message atTwo;
    do {
      atTwo = next(two);
    } while (!atTwo.equals(delivery));
  }

  @Test
  void anUnreachableRedisStopsTheNodeFromStartingWithoutShowingThePassword() {
    FrameJson frames = new FrameJson(JSON);
    assertThatThrownBy(() -> new RedisBus("redis://:s3cret-pw@127.0.0.1:1", channel, JSON, frames))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("127.0.0.1:1")
        .hasMessageNotContaining("s3cret-pw");
  }

  private Node node() {
    RedisBus bus = new RedisBus(RedisAvailable.URL, channel, JSON, new FrameJson(JSON));
    buses.add(bus);
    BlockingQueue<Message> received = new LinkedBlockingQueue<>();
    bus.subscribe(received::add);
    return new Node(bus, received);
  }

  private static Delivery delivery(String body) {
    var event = JSON.createObjectNode()
        .put("kind", "message.posted")
        .put("id", UUID.randomUUID().toString())
        .put("body", body);
    Frame frame = new Frame.Event(
        "chat.channel", UUID.randomUUID(), 7, Instant.parse("2025-05-01T08:30:00.123456Z"), event);
    return new Delivery(Set.of(UUID.randomUUID(), UUID.randomUUID()), frame);
  }

  private static ClusterBus.Message next(Node node) {
    try {
      Message message = node.received().poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(message).as("a message within " + WAIT).isNotNull();
      return message;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
