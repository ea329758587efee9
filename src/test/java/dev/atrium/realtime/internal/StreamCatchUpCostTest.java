package dev.atrium.realtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.realtime.Frame;
import dev.atrium.realtime.StreamKind;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

/**
 * A reconnect whose cursors are all current reads no stream entries: realtime's part of a resume is
 * one statement for every head, whatever the number of channels, and one more per channel behind.
 */
@IntegrationTest
class StreamCatchUpCostTest {

  @LocalServerPort
  int port;

  @Autowired
  DataSource dataSource;

  @Autowired
  ObjectMapper json;

  @Autowired
  List<StreamKind<?>> kinds;

  @Test
  void currentCursorsCostOneStatementForAllHeads() {
    Api admin = People.admin(port);
    People.Person alice = People.create(port, admin, "Alice 爱丽丝");
    for (int i = 0; i < 8; i++) {
      var created = alice
          .api()
          .post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", "频道 " + UUID.randomUUID()));
      assertThat(created.status()).isEqualTo(201);
    }
    Map<UUID, Long> current = TestSocket.withTheRestUpToDate(alice.api(), Map.of());
    assertThat(current).hasSizeGreaterThanOrEqualTo(8);

    AtomicInteger statements = new AtomicInteger();
    StreamCatchUp catchUp =
        new StreamCatchUp(kinds, new StreamsTable(JdbcClient.create(counting(statements)), json));

    assertThat(catchUp.missed(alice.id(), current)).isEmpty();
    assertThat(statements)
        .as("realtime's statements for %d current cursors", current.size())
        .hasValue(1);

    statements.set(0);
    Map<UUID, Long> oneBehind = new HashMap<>(current);
    UUID behind = current.keySet().iterator().next();
    oneBehind.put(behind, current.get(behind) - 1);
    List<Frame> missed = catchUp.missed(alice.id(), oneBehind);
    assertThat(missed)
        .singleElement()
        .isInstanceOfSatisfying(
            Frame.Event.class, e -> assertThat(e.resourceId()).isEqualTo(behind));
    assertThat(statements)
        .as("the heads, and the entries of the one channel behind")
        .hasValue(2);
  }

  /** The application's pool, counting the statements prepared on it. */
  private DataSource counting(AtomicInteger statements) {
    return (DataSource) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          Object result = method.invoke(dataSource, args);
          if (result instanceof Connection connection) {
            return Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Connection.class}, (c, m, a) -> {
                  if (m.getName().startsWith("prepare") || m.getName().equals("createStatement")) {
                    statements.incrementAndGet();
                  }
                  return m.invoke(connection, a);
                });
          }
          return result;
        });
  }
}
