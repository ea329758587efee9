package dev.atrium.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.support.Api;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Steps of the mail tests over HTTP. */
final class MailRequests {

  private MailRequests() {}

  /** The caller's personal mailbox (made on first use). */
  static JsonNode personal(Api api) {
    var mailboxes = api.get("/api/v1/mail/mailboxes");
    assertThat(mailboxes.status()).as("%s", mailboxes.body()).isEqualTo(200);
    JsonNode first = mailboxes.body().get(0);
    assertThat(first.path("kind").asString()).isEqualTo("PERSONAL");
    return first;
  }

  static UUID id(JsonNode node) {
    return UUID.fromString(node.path("id").asString());
  }

  static UUID folder(Api api, UUID mailboxId, String role) {
    for (JsonNode folder :
        api.get("/api/v1/mail/mailboxes/" + mailboxId + "/folders").body()) {
      if (role.equals(folder.path("role").asString(null))) {
        return id(folder);
      }
    }
    throw new AssertionError("no folder " + role);
  }

  static Map<String, Object> doc(String text) {
    return Map.of(
        "type",
        "doc",
        "content",
        List.of(
            Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", text)))));
  }

  static Map<String, Object> draft(List<String> to, String subject, String text) {
    Map<String, Object> body = new LinkedHashMap<>();
    List<Map<String, Object>> recipients = new ArrayList<>();
    to.forEach(a -> recipients.add(Map.of("address", a)));
    body.put("to", recipients);
    body.put("subject", subject);
    body.put("body", doc(text));
    return body;
  }

  /** Writes and sends a mail; returns the sent message. */
  static JsonNode send(Api api, UUID mailboxId, List<String> to, String subject, String text) {
    var made =
        api.post("/api/v1/mail/mailboxes/" + mailboxId + "/drafts", draft(to, subject, text));
    assertThat(made.status()).as("%s", made.body()).isEqualTo(201);
    var sent = api.post("/api/v1/mail/drafts/" + id(made.body()) + "/send", Map.of());
    assertThat(sent.status()).as("%s", sent.body()).isEqualTo(200);
    return sent.body();
  }

  /** The folder's first page of conversations. */
  static JsonNode threads(Api api, UUID folderId) {
    var page = api.get("/api/v1/mail/folders/" + folderId + "/threads");
    assertThat(page.status()).as("%s", page.body()).isEqualTo(200);
    return page.body().path("items");
  }
}
