package dev.atrium.doc.collab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.People;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browsers offer permessage-deflate on every WebSocket; Atrium accepts the socket but not the
 * compression (docs/adr/0007), on the chat socket and on a page's collab socket alike.
 */
@IntegrationTest
class SocketsAreNotCompressedTest {

  @LocalServerPort
  int port;

  @Test
  void aBrowsersOfferOfPermessageDeflateIsDeclinedOnBothSockets() throws Exception {
    var admin = People.admin(port);
    var editor = People.create(port, admin, "Editor 编辑");
    var page = CollabPages.page(List.of(editor), List.of());
    String cookie = TestSocket.sessionCookie(port, editor.email(), People.PASSWORD);

    for (String path : List.of("/api/v1/ws", "/api/v1/pages/" + page + "/collab")) {
      List<String> answer = handshake(path, cookie);
      assertThat(answer.getFirst()).as(path).startsWith("HTTP/1.1 101");
      assertThat(answer)
          .as(path)
          .noneMatch(line -> line.toLowerCase().startsWith("sec-websocket-extensions"));
    }
  }

  /** The handshake a browser sends, and the status line and headers of the answer. */
  private List<String> handshake(String path, String cookie) throws Exception {
    try (var socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port
              + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
              + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"
              + "Origin: http://localhost:" + port + "\r\nCookie: " + cookie + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      var in = new BufferedReader(
          new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      List<String> lines = new ArrayList<>();
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        lines.add(line);
      }
      return lines;
    }
  }
}
