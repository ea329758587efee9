package dev.atrium.access.matrix;

import static dev.atrium.access.matrix.Cast.id;
import static dev.atrium.access.matrix.Cast.ok;

import dev.atrium.files.TestFiles;
import dev.atrium.support.Api;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Chat objects the matrix calls endpoints on: a private channel of the owner with the insider and
 * the spare member in it, a public channel both are in, the owner's direct conversation with the
 * insider, department A's channel, messages (one with a picture attached and a thread reply), and
 * for every actor a conversation of their own to forward into.
 */
final class ChatFixture {

  final UUID privateChannel;
  final UUID publicChannel;
  final UUID direct;
  final UUID departmentChannel;
  final String pictureName = "机密图" + UUID.randomUUID().toString().substring(0, 8) + ".png";
  /** The owner's message in the private channel, edited once, with the insider's reply in its thread. */
  final UUID message;

  final long messageSeq;
  final String messageWord = "私密词" + UUID.randomUUID().toString().substring(0, 8);
  final UUID directMessage;
  /** The owner's message in the public channel: visible to every member of staff, in or out of it. */
  final UUID publicMessage;
  /** A picture attached to {@link #attachedMessage} in the private channel. */
  final UUID picture;

  final UUID attachedMessage;
  /** A picture whose message the owner deleted: the uploader's alone again. */
  final UUID deletedPicture;
  /** The owner's upload that no message claimed: nobody else's. */
  final UUID unattachedUpload;

  /** The owner's DING of the insider about {@link #message}. */
  final UUID ding;

  final Map<Actor, UUID> ownConversation = new EnumMap<>(Actor.class);

  private final Cast cast;

  ChatFixture(Cast cast) {
    this.cast = cast;
    Api owner = cast.owner();
    privateChannel = privateChannel();
    publicChannel =
        id(owner.post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", unique("公开"))), 201);
    ok(cast.insider().post("/api/v1/channels/" + publicChannel + "/join", null), 200);
    direct =
        id(owner.post("/api/v1/channels/direct", Map.of("personId", cast.id(Actor.INSIDER))), 200);
    departmentChannel = departmentChannel();

    JsonNode posted = ok(
        owner.post("/api/v1/channels/" + privateChannel + "/messages", post("机密 " + messageWord)),
        201);
    message = UUID.fromString(posted.path("id").asString());
    messageSeq = posted.path("seq").asLong();
    ok(owner.patch("/api/v1/messages/" + message, Map.of("body", "机密（改） " + messageWord)), 200);
    ok(
        cast.insider()
            .post(
                "/api/v1/channels/" + privateChannel + "/messages",
                Row.map(
                    "clientMessageId",
                    UUID.randomUUID(),
                    "body",
                    "回复 reply",
                    "threadRootId",
                    message)),
        201);
    ding = id(
        owner.post(
            "/api/v1/channels/" + privateChannel + "/messages/" + messageSeq + "/ding",
            Map.of("people", List.of(cast.id(Actor.INSIDER)))),
        201);
    directMessage = message(direct, "私聊 direct");
    publicMessage = message(publicChannel, "公开消息 public");

    picture = upload(owner, pictureName);
    attachedMessage = id(
        owner.post(
            "/api/v1/channels/" + privateChannel + "/messages",
            Row.map(
                "clientMessageId",
                UUID.randomUUID(),
                "body",
                "",
                "attachmentIds",
                List.of(picture))),
        201);
    unattachedUpload = upload(owner);
    deletedPicture = upload(owner);
    UUID deleted = id(
        owner.post(
            "/api/v1/channels/" + privateChannel + "/messages",
            Row.map(
                "clientMessageId",
                UUID.randomUUID(),
                "body",
                "",
                "attachmentIds",
                List.of(deletedPicture))),
        201);
    ok(owner.delete("/api/v1/messages/" + deleted), 204);

    ownConversation.put(Actor.OWNER, publicChannel);
    ownConversation.put(Actor.INSIDER, publicChannel);
    for (Actor actor :
        List.of(Actor.OTHER_DEPARTMENT, Actor.OTHER_DEPARTMENT_ADMIN, Actor.SYSTEM_ADMIN)) {
      ownConversation.put(
          actor,
          id(
              cast.api(actor)
                  .post("/api/v1/channels", Map.of("kind", "PRIVATE", "name", unique("自己"))),
              201));
    }
    // a guest may not make conversations; the owner invites them to one of their own
    UUID guests =
        id(owner.post("/api/v1/channels", Map.of("kind", "PRIVATE", "name", unique("访客"))), 201);
    ok(
        owner.post(
            "/api/v1/channels/" + guests + "/members", Map.of("personId", cast.id(Actor.GUEST))),
        200);
    ownConversation.put(Actor.GUEST, guests);
  }

  /** A new private channel of the owner with the insider and the spare member in it. */
  UUID privateChannel() {
    UUID channel = id(
        cast.owner().post("/api/v1/channels", Map.of("kind", "PRIVATE", "name", unique("私密"))),
        201);
    ok(
        cast.owner()
            .post(
                "/api/v1/channels/" + channel + "/members",
                Map.of("personId", cast.id(Actor.INSIDER))),
        200);
    ok(
        cast.owner()
            .post("/api/v1/channels/" + channel + "/members", Map.of("personId", cast.spare.id())),
        200);
    return channel;
  }

  /** A new public channel of the owner's, which nobody else has joined. */
  UUID publicChannel() {
    return id(
        cast.owner().post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", unique("公开"))), 201);
  }

  /** A message the insider wrote in a new private channel before the owner removed them from it. */
  UUID messageOfARemovedInsider() {
    UUID channel = privateChannel();
    UUID written = id(
        cast.insider().post("/api/v1/channels/" + channel + "/messages", post("走之前 before I left")),
        201);
    ok(
        cast.owner().delete("/api/v1/channels/" + channel + "/members/" + cast.id(Actor.INSIDER)),
        204);
    return written;
  }

  UUID archivedPrivateChannel() {
    UUID channel = privateChannel();
    ok(cast.owner().post("/api/v1/channels/" + channel + "/archive", null), 200);
    return channel;
  }

  /** A new message of the owner's in the private channel. */
  UUID message() {
    return message(privateChannel, "又一条 another");
  }

  UUID message(UUID channel, String body) {
    return id(cast.owner().post("/api/v1/channels/" + channel + "/messages", post(body)), 201);
  }

  /** A channel's name as its owner sees it. */
  String name(UUID channel) {
    return cast.owner().get("/api/v1/channels/" + channel).body().path("name").asString();
  }

  static Map<String, Object> post(String body) {
    return Map.of("clientMessageId", UUID.randomUUID(), "body", body);
  }

  static UUID upload(Api api) {
    return upload(api, "picture.png");
  }

  static UUID upload(Api api, String name) {
    return id(
        api.sendRaw(
            "POST",
            "/api/v1/files?name="
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8),
            "image/png",
            TestFiles.png(40, 30)),
        201);
  }

  private UUID departmentChannel() {
    for (JsonNode channel : cast.owner().get("/api/v1/channels").body()) {
      if (channel.path("kind").asString().equals("DEPARTMENT")
          && channel.path("departmentId").asString().equals(cast.departmentA.toString())) {
        return UUID.fromString(channel.path("id").asString());
      }
    }
    throw new AssertionError("The owner is not in department A's channel");
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
