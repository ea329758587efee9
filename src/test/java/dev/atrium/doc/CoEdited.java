package dev.atrium.doc;

import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Node;
import dev.atrium.support.People;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** A page's co-edited content written and read by a real Yjs client (src/test/node), as the editor would. */
final class CoEdited {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CoEdited() {}

  /** Types the text one character (one update) at a time; from 200 characters on, a version is made too. */
  static void write(int port, People.Person editor, UUID pageId, String text) {
    Node.run(
        "collab-write.cjs",
        Map.of(
            "ATRIUM_URL",
            "http://localhost:" + port,
            "PAGE_ID",
            pageId.toString(),
            "COOKIE",
            TestSocket.sessionCookie(port, editor.email(), People.PASSWORD),
            "TEXT",
            text),
        90);
  }

  /** What a fresh client loads from the server. */
  static String read(int port, People.Person reader, UUID pageId) {
    return JSON.readTree(Node.run(
            "collab-load.cjs",
            Map.of(
                "ATRIUM_URL",
                "http://localhost:" + port,
                "PAGE_ID",
                pageId.toString(),
                "COOKIE",
                TestSocket.sessionCookie(port, reader.email(), People.PASSWORD)),
            60))
        .path("text")
        .asString();
  }
}
