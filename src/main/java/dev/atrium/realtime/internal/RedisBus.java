package dev.atrium.realtime.internal;

import dev.atrium.realtime.ClusterBus;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bus of several nodes: one Redis pub/sub channel that every node publishes to and subscribes
 * to. A message is delivered to this node's receivers at once, in {@link #publish}, and its echo
 * from Redis is recognised by the node id it carries and skipped; so each message reaches every
 * node exactly once, and one node keeps delivering to its own sockets while Redis is away.
 *
 * <p>Messages are JSON: {@code {"node":…,"type":"delivery","recipients":[…],"frame":{…}}} (the
 * frame as clients see it), {@code {"node":…,"type":"disconnect","personId":…}}, and the
 * presence messages described in docs/realtime.md.
 */
final class RedisBus implements ClusterBus, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RedisBus.class);
  /**
   * Publications waiting while Redis is unreachable (Lettuce sends them after reconnecting); beyond
   * this they fail at once instead of growing without bound. Other nodes' clients find what they
   * missed by the gap in {@code seq}.
   */
  private static final int MAX_QUEUED = 10_000;

  private final String node = UUID.randomUUID().toString();
  private final String channel;
  private final ObjectMapper json;
  private final FrameJson frames;
  private final String where;
  private final RedisClient client;
  private final StatefulRedisConnection<String, String> publisher;
  private final StatefulRedisPubSubConnection<String, String> subscriber;
  private final List<Consumer<Message>> receivers = new CopyOnWriteArrayList<>();
  /** Set after a failed publication, so an outage logs one warning rather than one per event. */
  private final AtomicBoolean failing = new AtomicBoolean();

  private volatile boolean closing;

  /** Connects and subscribes; fails when Redis cannot be reached, so a misconfigured node does not start. */
  RedisBus(String url, String channel, ObjectMapper json, FrameJson frames) {
    this.channel = channel;
    this.json = json;
    this.frames = frames;
    RedisURI uri = RedisURI.create(url);
    // host:port only: the URL may carry a password, which must never reach a log.
    this.where = uri.getHost() + ":" + uri.getPort();
    // CLIENT LIST shows which node a connection belongs to
    uri.setClientName(clientName());
    this.client = RedisClient.create(uri);
    client.setOptions(ClientOptions.builder()
        .requestQueueSize(MAX_QUEUED)
        .socketOptions(
            SocketOptions.builder().connectTimeout(Duration.ofSeconds(5)).build())
        .build());
    client.addListener(new ConnectionLog());
    try {
      this.publisher = client.connect(StringCodec.UTF8);
      this.subscriber = client.connectPubSub(StringCodec.UTF8);
      subscriber.addListener(new RedisPubSubAdapter<>() {
        @Override
        public void message(String from, String text) {
          receive(text);
        }
      });
      subscriber.sync().subscribe(channel);
    } catch (RuntimeException e) {
      client.shutdown();
      throw new IllegalStateException(
          "Cannot reach Redis at " + where + " for the cluster bus: " + e.getMessage());
    }
    log.info("Cluster bus on Redis {} channel {} (node {})", where, channel, node);
  }

  @Override
  public void publish(Message message) {
    deliver(message);
    try {
      publisher.async().publish(channel, write(message)).whenComplete((receivedBy, error) -> {
        if (error != null) {
          failed(error);
        } else if (failing.compareAndSet(true, false)) {
          log.info("Cluster bus: publishing to Redis {} works again", where);
        }
      });
    } catch (RuntimeException e) {
      // the caller is an after-commit hook: its write is done, and this node has delivered
      failed(e);
    }
  }

  private void failed(Throwable error) {
    if (failing.compareAndSet(false, true)) {
      log.warn(
          "Cluster bus: publishing to Redis {} failed; other nodes miss events until it recovers: {}",
          where,
          error.toString());
    }
  }

  /** The name both of this node's connections carry in Redis. */
  String clientName() {
    return "atrium-bus-" + node;
  }

  @Override
  public void subscribe(Consumer<Message> receiver) {
    receivers.add(receiver);
  }

  @Override
  public void close() {
    closing = true;
    try {
      subscriber.close();
      publisher.close();
    } finally {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
  }

  private void receive(String text) {
    Message message;
    try {
      JsonNode tree = json.readTree(text);
      if (node.equals(tree.path("node").asString())) {
        return;
      }
      message = read(tree);
    } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
      log.warn("Cluster bus: dropped an unreadable message on {}: {}", channel, e.toString());
      return;
    }
    deliver(message);
  }

  private void deliver(Message message) {
    for (Consumer<Message> receiver : receivers) {
      try {
        receiver.accept(message);
      } catch (RuntimeException e) {
        log.error("Cluster bus: a receiver failed", e);
      }
    }
  }

  String write(Message message) {
    ObjectNode tree = json.createObjectNode();
    tree.put("node", node);
    switch (message) {
      case Delivery delivery -> {
        tree.put("type", "delivery");
        var recipients = tree.putArray("recipients");
        delivery.recipients().forEach(r -> recipients.add(r.toString()));
        tree.set("frame", frames.tree(delivery.frame()));
      }
      case Disconnect disconnect -> {
        tree.put("type", "disconnect");
        tree.put("personId", disconnect.personId().toString());
      }
      case DisconnectSession disconnect -> {
        tree.put("type", "disconnect-session");
        tree.put("personId", disconnect.personId().toString());
        tree.put("sessionId", disconnect.sessionId().toString());
      }
      case Presence presence -> {
        tree.put("type", "presence");
        tree.put("from", presence.node());
        tree.put("personId", presence.personId().toString());
        tree.put("sockets", presence.sockets());
        tree.put("active", presence.active());
      }
      case PresenceSync sync -> {
        tree.put("type", "presence-sync");
        tree.put("from", sync.node());
      }
      case NodeAlive alive -> {
        tree.put("type", "node-alive");
        tree.put("from", alive.node());
      }
      case ToWatchers toWatchers -> {
        tree.put("type", "to-watchers");
        tree.put("personId", toWatchers.personId().toString());
        tree.set("frame", frames.tree(toWatchers.frame()));
      }
      case Relay relay -> {
        tree.put("type", "relay");
        tree.put("topic", relay.topic());
        tree.put("origin", relay.origin());
        tree.put("payload", java.util.Base64.getEncoder().encodeToString(relay.payload()));
      }
    }
    return json.writeValueAsString(tree);
  }

  private Message read(JsonNode tree) {
    String type = tree.path("type").asString();
    return switch (type) {
      case "delivery" -> {
        Set<UUID> recipients = new java.util.HashSet<>();
        tree.path("recipients").forEach(r -> recipients.add(UUID.fromString(r.asString())));
        yield new Delivery(Set.copyOf(recipients), frames.read(tree.path("frame")));
      }
      case "disconnect" -> new Disconnect(UUID.fromString(tree.path("personId").asString()));
      case "disconnect-session" ->
        new DisconnectSession(
            UUID.fromString(tree.path("personId").asString()),
            UUID.fromString(tree.path("sessionId").asString()));
      case "presence" ->
        new Presence(
            tree.path("from").asString(),
            UUID.fromString(tree.path("personId").asString()),
            tree.path("sockets").asInt(),
            tree.path("active").asInt());
      case "presence-sync" -> new PresenceSync(tree.path("from").asString());
      case "node-alive" -> new NodeAlive(tree.path("from").asString());
      case "to-watchers" ->
        new ToWatchers(
            UUID.fromString(tree.path("personId").asString()), frames.read(tree.path("frame")));
      case "relay" ->
        new Relay(
            tree.path("topic").asString(),
            tree.path("origin").asString(),
            java.util.Base64.getDecoder().decode(tree.path("payload").asString()));
      default -> throw new IllegalArgumentException("Unknown message type " + type);
    };
  }

  /** Says when a connection to Redis is lost and when Lettuce has restored it. */
  private final class ConnectionLog implements RedisConnectionStateListener {

    private final Set<String> lost = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public void onRedisConnected(RedisChannelHandler<?, ?> connection, SocketAddress address) {
      if (lost.remove(role(connection))) {
        log.info("Cluster bus: the {} connection to Redis {} is restored", role(connection), where);
      }
    }

    @Override
    public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
      if (!closing && lost.add(role(connection))) {
        log.warn(
            "Cluster bus: lost the {} connection to Redis {}; reconnecting",
            role(connection),
            where);
      }
    }

    private static String role(RedisChannelHandler<?, ?> connection) {
      return connection instanceof StatefulRedisPubSubConnection ? "subscription" : "publishing";
    }
  }
}
