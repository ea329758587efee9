package dev.atrium.doc.collab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.People;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A change of a space's grants, or of someone's departments, reaches open collab sockets at once,
 * not when their permission cache (5 s) runs out: one who lost the page is disconnected, one made a
 * reader cannot edit.
 */
@IntegrationTest
class CollabAccessChangeTest {

  /** A one-character Yjs update ("hello world" by client 11), as the yjs package encodes it. */
  private static final byte[] UPDATE = Base64.getDecoder().decode("AQELAAQBAXQLaGVsbG8gd29ybGQA");

  private static final Duration AT_ONCE = Duration.ofSeconds(3);

  @LocalServerPort
  int port;

  @Test
  void losingThePageClosesTheSocketAndBecomingAReaderRefusesTheNextEditAtOnce() throws Exception {
    var admin = People.admin(port);
    var owner = People.create(port, admin, "Owner 主人");
    var editor = People.create(port, admin, "Editor 编辑");
    var reader = People.create(port, admin, "Reader 读者");
    var page = CollabPages.page(List.of(owner, editor), List.of(reader));
    var space = CollabPages.spaceOf(owner, page);

    try (var editorSocket = Binary.connect(
            port, page, TestSocket.sessionCookie(port, editor.email(), People.PASSWORD));
        var readerSocket = Binary.connect(
            port, page, TestSocket.sessionCookie(port, reader.email(), People.PASSWORD))) {
      long start = System.nanoTime();
      CollabPages.grant(owner, space, List.of(owner), List.of(editor));

      assertThat(readerSocket.closed.get(AT_ONCE.toMillis(), TimeUnit.MILLISECONDS))
          .isEqualTo(4404);
      byte[] frame =
          new byte[3 + UPDATE.length]; // sync (0), update (2), the update's length, the update
      frame[1] = 2;
      frame[2] = (byte) UPDATE.length;
      System.arraycopy(UPDATE, 0, frame, 3, UPDATE.length);
      editorSocket.socket.sendBinary(ByteBuffer.wrap(frame), true).join();
      assertThat(editorSocket.notice(AT_ONCE)).contains("doc.read-only");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void aReaderMovedOutOfTheDepartmentThatMayReadIsDisconnectedAtOnce() throws Exception {
    var admin = People.admin(port);
    UUID sales = department(admin, "销售部 Sales " + UUID.randomUUID().toString().substring(0, 8));
    var owner = People.create(port, admin, "Owner 主人");
    var seller = People.create(port, admin, "Seller 销售", sales);
    var page = CollabPages.page(List.of(owner), List.of());
    var space = CollabPages.spaceOf(owner, page);
    var grants = owner
        .api()
        .put(
            "/api/v1/spaces/" + space + "/grants",
            Map.of(
                "grants",
                List.of(
                    Map.of("kind", "PERSON", "id", owner.id(), "role", "ADMIN"),
                    Map.of("kind", "DEPARTMENT", "id", sales, "role", "READ"))));
    assertThat(grants.status()).as("%s", grants.body()).isEqualTo(200);

    try (var sellerSocket = Binary.connect(
        port, page, TestSocket.sessionCookie(port, seller.email(), People.PASSWORD))) {
      assertThat(sellerSocket.closed).isNotDone();
      var moved = admin.patch(
          "/api/v1/people/" + seller.id(),
          Map.of("primaryDepartmentId", People.rootDepartment(admin)));
      assertThat(moved.status()).as("%s", moved.body()).isEqualTo(200);

      assertThat(sellerSocket.closed.get(AT_ONCE.toMillis(), TimeUnit.MILLISECONDS))
          .isEqualTo(4404);
    }
  }

  private static UUID department(dev.atrium.support.Api admin, String name) {
    var created = admin.post(
        "/api/v1/departments", Map.of("name", name, "parentId", People.rootDepartment(admin)));
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    return UUID.fromString(created.body().path("id").asString());
  }

  /** A bare binary client: keeps notices (type 102) and the close code. */
  static final class Binary implements WebSocket.Listener, AutoCloseable {
    final BlockingQueue<String> notices = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final java.io.ByteArrayOutputStream frame = new java.io.ByteArrayOutputStream();
    WebSocket socket;

    static Binary connect(int port, java.util.UUID page, String cookie) {
      Binary client = new Binary();
      client.socket = HttpClient.newHttpClient()
          .newWebSocketBuilder()
          .header("Cookie", cookie)
          .header("Origin", "http://localhost:" + port)
          .buildAsync(
              URI.create("ws://localhost:" + port + "/api/v1/pages/" + page + "/collab"), client)
          .join();
      return client;
    }

    String notice(Duration wait) throws InterruptedException {
      String notice = notices.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(notice).as("a notice").isNotNull();
      return notice;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
      byte[] part = new byte[data.remaining()];
      data.get(part);
      frame.writeBytes(part);
      if (last) {
        byte[] whole = frame.toByteArray();
        frame.reset();
        if (whole.length > 0 && whole[0] == 102) {
          int at = 1;
          while ((whole[at] & 0x80) != 0) {
            at++; // the notice's length, a varuint
          }
          notices.add(new String(whole, at + 1, whole.length - at - 1, StandardCharsets.UTF_8));
        }
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void close() {
      if (!socket.isOutputClosed()) {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
      }
    }
  }
}
