package dev.atrium.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.atrium.Atrium;
import dev.atrium.TestAccounts;
import dev.atrium.shared.data.DataDirectory;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two Atrium nodes on one database and one Redis, as behind a load balancer: what happens on one
 * node reaches the sockets open on the other. Node 1 runs the embedded PostgreSQL; node 2 uses it
 * as an external server and has a copy of node 1's secrets, as every node of a cluster must.
 */
class TwoNodesTest {

  @Test
  void anEventWrittenOnOneNodeReachesASocketOnTheOtherAndSoDoPresenceTypingAndASuspension()
      throws IOException {
    RedisAvailable.assumeRunning();
    String run = UUID.randomUUID().toString();
    String channel = "atrium:test:" + run;
    Path data1 = Path.of("target/test-data/two-nodes-" + run + "-1");
    Path data2 = Path.of("target/test-data/two-nodes-" + run + "-2");
    try (var node1 = start(List.of("--atrium.data-dir=" + data1), channel)) {
      var database = (HikariDataSource) node1.getBean(DataSource.class);
      Files.createDirectories(data2);
      Files.copy(data1.resolve("atrium.yml"), data2.resolve("atrium.yml"));
      try (var node2 = start(
          List.of(
              "--atrium.data-dir=" + data2,
              "--atrium.db.url=" + database.getJdbcUrl(),
              "--atrium.db.username=" + database.getUsername(),
              "--atrium.db.password="
                  + node1.getBean(DataDirectory.class).secret("database-password")),
          channel)) {
        int port1 = port(node1);
        int port2 = port(node2);
        Api admin2 = People.admin(port2);
        var alice = People.create(port1, People.admin(port1), "Alice 爱丽丝");
        var bob = People.create(port2, admin2, "Bob 鲍勃");
        var direct = bob.api().post("/api/v1/channels/direct", Map.of("personId", alice.id()));
        assertThat(direct.status()).as(direct.body().toString()).isIn(200, 201);
        UUID conversation = UUID.fromString(direct.body().path("id").asString());
        long cursor = alice
            .api()
            .get("/api/v1/channels/" + conversation)
            .body()
            .path("lastSeq")
            .asLong();

        try (TestSocket alicesTab = TestSocket.connect(
            port1, TestSocket.sessionCookie(port1, alice.email(), People.PASSWORD))) {
          alicesTab.resume(
              TestSocket.withTheRestUpToDate(alice.api(), Map.of(conversation, cursor)));
          assertThat(alicesTab.untilReady()).isEmpty();

          var posted = bob.api()
              .post(
                  "/api/v1/channels/" + conversation + "/messages",
                  Map.of("clientMessageId", UUID.randomUUID(), "body", "从二号节点发来的消息"));
          assertThat(posted.status()).isEqualTo(201);
          long seq = posted.body().path("seq").asLong();
          assertThat(seq).isEqualTo(cursor + 1);

          List<JsonNode> events = alicesTab.eventsUntil(conversation, seq);
          assertThat(events).hasSize(1);
          assertThat(events.getFirst().path("event").path("kind").asString())
              .isEqualTo("message.posted");
          assertThat(events.getFirst().path("seq").asLong()).isEqualTo(seq);
          assertThat(
                  events.getFirst().path("event").path("message").path("body").asString())
              .isEqualTo("从二号节点发来的消息");

          // presence and typing cross nodes too: Bob on node 2 watches Alice, whose tab is on node
          // 1
          try (TestSocket bobsTab = TestSocket.connect(
              port2, TestSocket.sessionCookie(port2, bob.email(), People.PASSWORD))) {
            bobsTab.resume(Map.of());
            bobsTab.untilReady();
            bobsTab.send(Map.of("type", "watch", "people", List.of(alice.id())));
            assertThat(signal(bobsTab, "presence")
                    .path("payload")
                    .path("connection")
                    .asString())
                .isEqualTo("ONLINE");
            alicesTab.send(Map.of("type", "typing", "channelId", conversation));
            assertThat(
                    signal(bobsTab, "typing").path("payload").path("personId").asString())
                .isEqualTo(alice.id().toString());

            assertThat(admin2
                    .post("/api/v1/people/" + alice.id() + "/suspend", null)
                    .status())
                .isEqualTo(200);
            assertThat(alicesTab.closeCode()).isEqualTo(4001);
            assertThat(signal(bobsTab, "presence")
                    .path("payload")
                    .path("connection")
                    .asString())
                .as("no socket left on any node")
                .isEqualTo("OFFLINE");
          }
        }
      }
    }
  }

  private static JsonNode signal(TestSocket socket, String kind) {
    while (true) {
      JsonNode frame = socket.next();
      if ("signal".equals(frame.path("type").asString())
          && kind.equals(frame.path("kind").asString())) {
        return frame;
      }
    }
  }

  private static ConfigurableApplicationContext start(List<String> settings, String busChannel) {
    List<String> args = new ArrayList<>(settings);
    args.addAll(List.of(
        "--server.port=0",
        "--atrium.redis.url=" + RedisAvailable.URL,
        "--atrium.redis.channel=" + busChannel,
        "--atrium.bootstrap.admin-email=" + TestAccounts.ADMIN_EMAIL,
        "--atrium.bootstrap.admin-password=" + TestAccounts.ADMIN_PASSWORD,
        "--atrium.bootstrap.admin-password-change-required=false",
        "--atrium.limits.address-per-second=1000",
        "--atrium.limits.address-burst=10000",
        "--atrium.limits.person-burst=10000"));
    return new SpringApplicationBuilder(Atrium.class).run(args.toArray(String[]::new));
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
