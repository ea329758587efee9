package dev.atrium.access.matrix;

import static dev.atrium.access.matrix.Cast.id;
import static dev.atrium.access.matrix.Cast.ok;

import dev.atrium.support.Api;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Mail the matrix shares and makes tasks of: a mail the insider sent to the owner, as the owner's
 * personal mailbox holds it (read by the owner alone).
 */
final class MailLinkFixture {

  final UUID mail;

  MailLinkFixture(Cast cast) {
    JsonNode ownerBox = ok(cast.owner().get("/api/v1/mail/mailboxes"), 200).get(0);
    Api insider = cast.insider();
    UUID insiderBox = idOf(ok(insider.get("/api/v1/mail/mailboxes"), 200).get(0));
    UUID draft = id(
        insider.post(
            "/api/v1/mail/mailboxes/" + insiderBox + "/drafts",
            Map.of(
                "to", List.of(Map.of("address", ownerBox.path("address").asString())),
                "subject", "矩阵邮件",
                "body", Map.of("type", "doc", "content", List.of()))),
        201);
    ok(insider.post("/api/v1/mail/drafts/" + draft + "/send", Map.of()), 200);
    UUID inbox = null;
    for (JsonNode folder :
        ok(cast.owner().get("/api/v1/mail/mailboxes/" + idOf(ownerBox) + "/folders"), 200)) {
      if ("INBOX".equals(folder.path("role").asString(null))) {
        inbox = idOf(folder);
      }
    }
    JsonNode threads = ok(cast.owner().get("/api/v1/mail/folders/" + inbox + "/threads"), 200);
    mail =
        UUID.fromString(threads.path("items").get(0).path("messageIds").get(0).asString());
  }

  private static UUID idOf(JsonNode node) {
    return UUID.fromString(node.path("id").asString());
  }
}
