package dev.atrium.access.matrix;

import static dev.atrium.access.matrix.Cast.id;
import static dev.atrium.access.matrix.Cast.ok;

import dev.atrium.mail.internal.PersonalMailboxes;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Mail objects the matrix calls endpoints on: a shared mailbox the owner sends from and the insider
 * only reads (nobody else holds anything on it), with a mail the owner sent to it, a folder, a label
 * and a draft of the owner's there; fresh folders, labels and drafts for the calls that remove them.
 */
final class MailFixture {

  final UUID mailbox;
  final String address;
  final UUID inbox;
  final UUID folder;
  final UUID label;
  final UUID message;
  final UUID thread;
  final UUID draft;

  private final Cast cast;

  MailFixture(Cast cast, PersonalMailboxes mailboxes) {
    this.cast = cast;
    address = "matrix-" + UUID.randomUUID().toString().substring(0, 8) + "@atrium.local";
    mailbox = mailboxes.shared(
        "矩阵邮箱 Mailbox",
        address,
        Map.of(cast.id(Actor.OWNER), "manager", cast.id(Actor.INSIDER), "reader"),
        cast.id(Actor.OWNER));
    UUID personal = UUID.fromString(
        ok(cast.owner().get("/api/v1/mail/mailboxes"), 200).get(0).path("id").asString());
    UUID sending = id(
        cast.owner().post("/api/v1/mail/mailboxes/" + personal + "/drafts", draft(address)), 201);
    ok(cast.owner().post("/api/v1/mail/drafts/" + sending + "/send", Map.of()), 200);
    inbox = folder("INBOX");
    JsonNode item = ok(cast.owner().get("/api/v1/mail/folders/" + inbox + "/threads"), 200)
        .path("items")
        .get(0);
    thread = UUID.fromString(item.path("threadId").asString());
    message = UUID.fromString(item.path("messageIds").get(0).asString());
    folder = freshFolder();
    label = freshLabel();
    draft = freshDraft();
  }

  UUID freshFolder() {
    return id(
        cast.owner()
            .post(
                "/api/v1/mail/mailboxes/" + mailbox + "/folders",
                Map.of("name", "矩阵 " + UUID.randomUUID())),
        201);
  }

  UUID freshLabel() {
    return id(
        cast.owner()
            .post(
                "/api/v1/mail/mailboxes/" + mailbox + "/labels",
                Map.of("name", "矩阵 " + UUID.randomUUID().toString().substring(0, 8))),
        201);
  }

  UUID freshDraft() {
    return id(
        cast.owner().post("/api/v1/mail/mailboxes/" + mailbox + "/drafts", draft(address)), 201);
  }

  private UUID folder(String role) {
    for (JsonNode f : ok(cast.owner().get("/api/v1/mail/mailboxes/" + mailbox + "/folders"), 200)) {
      if (role.equals(f.path("role").asString(null))) {
        return UUID.fromString(f.path("id").asString());
      }
    }
    throw new AssertionError(role);
  }

  static Map<String, Object> draft(String to) {
    return Map.of("to", List.of(Map.of("address", to)), "subject", "矩阵邮件 Mail");
  }
}
