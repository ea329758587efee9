package dev.atrium.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.files.internal.OrphanSweeper;
import dev.atrium.shared.data.DataDirectory;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Attachments over the real HTTP API: upload, attach to a message, download, and every refusal. */
@IntegrationTest
class FilesHttpTest {

  @LocalServerPort
  int port;

  @Autowired
  DataDirectory data;

  @Autowired
  OrphanSweeper sweeper;

  Api admin;
  People.Person alice;
  People.Person bob;
  People.Person carol;

  @BeforeEach
  void people() {
    admin = People.admin(port);
    alice = People.create(port, admin, "Alice 爱丽丝");
    bob = People.create(port, admin, "Bob 鲍勃");
    carol = People.create(port, admin, "Carol 卡罗尔");
  }

  @Test
  void aMemberSeesTheImageAnOutsiderGetsNotFound() {
    UUID channel = privateChannelWithBob();
    byte[] png = TestFiles.png(800, 600);
    JsonNode file = upload(alice.api(), "截图.png", "image/png", png);
    assertThat(file.path("contentType").asString()).isEqualTo("image/png");
    assertThat(file.path("width").asInt()).isEqualTo(800);
    assertThat(file.path("hasThumbnail").asBoolean()).isTrue();

    var posted = alice
        .api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of(
                "clientMessageId",
                UUID.randomUUID(),
                "body",
                "",
                "attachmentIds",
                List.of(file.path("id").asString())));
    assertThat(posted.status()).isEqualTo(201);

    JsonNode seen = bob.api().get("/api/v1/channels/" + channel + "/messages").body();
    JsonNode attachment = seen.get(seen.size() - 1).path("attachments").get(0);
    assertThat(attachment.path("name").asString()).isEqualTo("截图.png");
    assertThat(attachment.path("size").asLong()).isEqualTo(png.length);
    assertThat(attachment.path("height").asInt()).isEqualTo(600);
    assertThat(attachment.path("hasThumbnail").asBoolean()).isTrue();

    String id = file.path("id").asString();
    HttpResponse<byte[]> download = bob.api().bytes("/api/v1/files/" + id);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(png);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("inline");

    HttpResponse<byte[]> range = bob.api().bytes("/api/v1/files/" + id, "Range", "bytes=0-7");
    assertThat(range.statusCode()).isEqualTo(206);
    assertThat(range.body()).hasSize(8);

    HttpResponse<byte[]> thumbnail = bob.api().bytes("/api/v1/files/" + id + "/thumbnail");
    assertThat(thumbnail.statusCode()).isEqualTo(200);
    var small = read(thumbnail.body());
    assertThat(small.getWidth()).isEqualTo(360);
    assertThat(small.getHeight()).isEqualTo(270);

    assertThat(carol.api().bytes("/api/v1/files/" + id).statusCode()).isEqualTo(404);
    assertThat(carol.api().bytes("/api/v1/files/" + id + "/thumbnail").statusCode())
        .isEqualTo(404);
    assertThat(carol.api().get("/api/v1/files/" + id).code()).isEqualTo("files.not-found");
  }

  @Test
  void aDeletedMessagesFilesAreGoneForItsReaders() {
    UUID channel = privateChannelWithBob();
    String id = upload(alice.api(), "plan.pdf", "application/pdf", "%PDF-1.4 plan".getBytes())
        .path("id")
        .asString();
    String message = alice
        .api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of(
                "clientMessageId",
                UUID.randomUUID(),
                "body",
                "the plan",
                "attachmentIds",
                List.of(id)))
        .body()
        .path("id")
        .asString();
    assertThat(bob.api().bytes("/api/v1/files/" + id).statusCode()).isEqualTo(200);

    alice.api().delete("/api/v1/messages/" + message);

    assertThat(bob.api().bytes("/api/v1/files/" + id).statusCode()).isEqualTo(404);
    JsonNode history =
        bob.api().get("/api/v1/channels/" + channel + "/messages").body();
    assertThat(history.get(history.size() - 1).path("attachments")).isEmpty();
  }

  @Test
  void aForwardCarriesCopiesOfTheFilesThatOutliveTheOriginal() {
    UUID channel = privateChannelWithBob();
    String id = upload(alice.api(), "预算.pdf", "application/pdf", "%PDF-1.4 budget".getBytes())
        .path("id")
        .asString();
    String original = alice
        .api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of("clientMessageId", UUID.randomUUID(), "body", "", "attachmentIds", List.of(id)))
        .body()
        .path("id")
        .asString();
    UUID withCarol = UUID.fromString(bob.api()
        .post(
            "/api/v1/channels",
            Map.of(
                "kind", "PRIVATE", "name", "转发-" + UUID.randomUUID().toString().substring(0, 6)))
        .body()
        .path("id")
        .asString());
    bob.api().post("/api/v1/channels/" + withCarol + "/members", Map.of("personId", carol.id()));
    assertThat(carol.api().bytes("/api/v1/files/" + id).statusCode())
        .as("not in Alice's channel")
        .isEqualTo(404);

    var forwarded = bob.api()
        .post(
            "/api/v1/messages/" + original + "/forward",
            Map.of("channelId", withCarol, "clientMessageId", UUID.randomUUID()));

    assertThat(forwarded.status()).as(forwarded.body().toString()).isEqualTo(201);
    JsonNode copy = forwarded.body().path("attachments").get(0);
    assertThat(copy.path("name").asString()).isEqualTo("预算.pdf");
    assertThat(copy.path("id").asString()).isNotEqualTo(id);
    alice.api().delete("/api/v1/messages/" + original);
    var download = carol.api().bytes("/api/v1/files/" + copy.path("id").asString());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(new String(download.body())).isEqualTo("%PDF-1.4 budget");
  }

  @Test
  void onlyOnesOwnUnattachedUploadsCanBeAttached() {
    UUID channel = privateChannelWithBob();
    String alices = upload(alice.api(), "a.txt", "text/plain", "hello".getBytes())
        .path("id")
        .asString();
    long before =
        bob.api().get("/api/v1/channels/" + channel).body().path("lastSeq").asLong();

    var stolen = bob.api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of(
                "clientMessageId",
                UUID.randomUUID(),
                "body",
                "mine now",
                "attachmentIds",
                List.of(alices)));
    assertThat(stolen.status()).isEqualTo(400);
    assertThat(stolen.code()).isEqualTo("files.not-attachable");
    assertThat(
            bob.api().get("/api/v1/channels/" + channel).body().path("lastSeq").asLong())
        .isEqualTo(before);

    var first = alice
        .api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of(
                "clientMessageId",
                UUID.randomUUID(),
                "body",
                "",
                "attachmentIds",
                List.of(alices)));
    var again = alice
        .api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of(
                "clientMessageId",
                UUID.randomUUID(),
                "body",
                "twice",
                "attachmentIds",
                List.of(alices)));
    assertThat(first.status()).isEqualTo(201);
    assertThat(again.code()).isEqualTo("files.not-attachable");

    var empty = alice
        .api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of("clientMessageId", UUID.randomUUID(), "body", " "));
    assertThat(empty.code()).isEqualTo("chat.message-empty");
  }

  @Test
  void aFileOverTheLimitIsRefusedAndNothingIsKept() throws IOException {
    var limits = admin.get("/api/v1/admin/attachment-limits").body();
    try {
      setLimits(64 * 1024, limits);
      long before = storedFiles();

      var refused = alice
          .api()
          .sendRaw(
              "POST",
              "/api/v1/files?name=big.bin",
              "application/octet-stream",
              new byte[100 * 1024]);

      assertThat(refused.status()).isEqualTo(413);
      assertThat(refused.code()).isEqualTo("files.too-large");
      assertThat(refused.body().path("maxBytes").asLong()).isEqualTo(64 * 1024);
      assertThat(alice.api().get("/api/v1/files/limits").body().path("maxBytes").asLong())
          .isEqualTo(64 * 1024);
      assertThat(storedFiles()).isEqualTo(before);
    } finally {
      setLimits(limits.path("maxBytes").asLong(), limits);
    }
  }

  @Test
  void blockedTypesAreRefusedByNameAndByContent() throws IOException {
    long before = storedFiles();
    var exe = alice
        .api()
        .sendRaw(
            "POST", "/api/v1/files?name=setup.EXE", "application/octet-stream", "MZ...".getBytes());
    var disguised = alice
        .api()
        .sendRaw(
            "POST", "/api/v1/files?name=photo.png", "image/png", "MZ\u0090\u0000binary".getBytes());
    var script = alice
        .api()
        .sendRaw(
            "POST", "/api/v1/files?name=notes.txt", "text/plain", "#!/bin/sh\nrm -rf ~".getBytes());

    assertThat(exe.code()).isEqualTo("files.type-blocked");
    assertThat(exe.body().path("blockedType").asString()).isEqualTo(".exe");
    assertThat(disguised.code()).isEqualTo("files.type-blocked");
    assertThat(disguised.body().path("blockedType").asString())
        .isEqualTo("application/x-msdownload");
    assertThat(script.code()).isEqualTo("files.type-blocked");
    assertThat(storedFiles()).isEqualTo(before);
  }

  @Test
  void aRangeThatCannotBeReadIsIgnoredAndOneOutsideTheFileIsAProblem() {
    byte[] content = "twenty bytes of text".getBytes(StandardCharsets.UTF_8);
    String path = "/api/v1/files/"
        + upload(alice.api(), "range.txt", "text/plain", content).path("id").asString();

    for (String unreadable :
        List.of("bytes=abc", "bytes=5-2", "bytes=", "lines=0-3", "bytes=0-1,,x")) {
      HttpResponse<byte[]> whole = alice.api().bytes(path, "Range", unreadable);
      assertThat(whole.statusCode()).as(unreadable).isEqualTo(200);
      assertThat(whole.body()).as(unreadable).isEqualTo(content);
    }
    HttpResponse<byte[]> part = alice.api().bytes(path, "Range", "bytes=7-11");
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(new String(part.body(), StandardCharsets.UTF_8)).isEqualTo("bytes");

    HttpResponse<byte[]> beyond = alice.api().bytes(path, "Range", "bytes=100-200");
    assertThat(beyond.statusCode()).isEqualTo(416);
    assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */" + content.length);
    assertThat(beyond.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(new String(beyond.body(), StandardCharsets.UTF_8))
        .contains("\"code\":\"files.range-not-satisfiable\"");
  }

  @Test
  void theBytesDecideTheTypeNotTheClient() {
    JsonNode png = upload(alice.api(), "readme.txt", "text/plain", TestFiles.png(10, 10));
    JsonNode text = upload(alice.api(), "picture.png", "image/png", "just some words".getBytes());

    assertThat(png.path("contentType").asString()).isEqualTo("image/png");
    assertThat(text.path("contentType").asString()).isEqualTo("text/plain");
    assertThat(text.path("hasThumbnail").asBoolean()).isFalse();
    var served = alice.api().bytes("/api/v1/files/" + text.path("id").asString());
    assertThat(served.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
    assertThat(served.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment");
  }

  @Test
  void aChineseFileNameSurvivesInContentDisposition() {
    String name = "季度报告 2026（终稿）.pdf";
    String id = upload(alice.api(), name, "application/pdf", "%PDF-1.7 report".getBytes())
        .path("id")
        .asString();

    String disposition = alice
        .api()
        .bytes("/api/v1/files/" + id)
        .headers()
        .firstValue("Content-Disposition")
        .orElseThrow();

    assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
    String encoded = disposition.substring(
        disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
    assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(name);
    assertThat(disposition).doesNotContain("季");
  }

  @Test
  void aDecompressionBombIsRefusedBeforeDecoding() throws IOException {
    long before = storedFiles();
    var refused = alice
        .api()
        .sendRaw("POST", "/api/v1/files?name=bomb.png", "image/png", TestFiles.pngBomb(100_000));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("files.image-too-large");
    assertThat(storedFiles()).isEqualTo(before);
  }

  @Test
  void changingTheLimitsIsForAdministratorsAndAudited() {
    var limits = admin.get("/api/v1/admin/attachment-limits").body();
    var denied = alice
        .api()
        .put(
            "/api/v1/admin/attachment-limits",
            Map.of(
                "maxBytes", 1, "blockedExtensions", List.of(), "blockedContentTypes", List.of()));
    assertThat(denied.status()).isEqualTo(403);
    try {
      var changed = admin.put(
          "/api/v1/admin/attachment-limits",
          Map.of(
              "maxBytes",
              5_000_000,
              "blockedExtensions",
              List.of(".EXE", "bat", "iso"),
              "blockedContentTypes",
              List.of("application/x-msdownload")));
      assertThat(changed.status()).isEqualTo(200);
      assertThat(changed.body().path("blockedExtensions").toString())
          .isEqualTo("[\"bat\",\"exe\",\"iso\"]");

      var audit = admin
          .get("/api/v1/admin/audit?action=files.limits.changed&size=1")
          .body()
          .path("items")
          .get(0);
      assertThat(audit.path("details").path("maxBytes").asLong()).isEqualTo(5_000_000);
      assertThat(audit.path("actorName").asString()).isNotBlank();
      assertThat(alice
              .api()
              .sendRaw(
                  "POST", "/api/v1/files?name=disk.iso", "application/octet-stream", new byte[10])
              .code())
          .isEqualTo("files.type-blocked");
    } finally {
      admin.put(
          "/api/v1/admin/attachment-limits",
          Map.of(
              "maxBytes",
              limits.path("maxBytes").asLong(),
              "blockedExtensions",
              limits.path("blockedExtensions"),
              "blockedContentTypes",
              limits.path("blockedContentTypes")));
    }
  }

  @Test
  void uploadsNobodyAttachedAreSweptWithTheirBytes() throws IOException {
    UUID channel = privateChannelWithBob();
    byte[] orphanBytes = ("orphan " + UUID.randomUUID()).getBytes();
    String orphan =
        upload(alice.api(), "orphan.txt", "text/plain", orphanBytes).path("id").asString();
    String kept = upload(
            alice.api(), "kept.txt", "text/plain", ("kept " + UUID.randomUUID()).getBytes())
        .path("id")
        .asString();
    alice
        .api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of(
                "clientMessageId", UUID.randomUUID(), "body", "", "attachmentIds", List.of(kept)));
    assertThat(sweeper.sweep(Instant.now().minus(OrphanSweeper.GRACE))).isGreaterThanOrEqualTo(0);
    assertThat(alice.api().bytes("/api/v1/files/" + orphan).statusCode())
        .as("younger than a day")
        .isEqualTo(200);

    assertThat(sweeper.sweep(Instant.now().plusSeconds(60))).isPositive();

    assertThat(alice.api().bytes("/api/v1/files/" + orphan).statusCode()).isEqualTo(404);
    assertThat(bob.api().bytes("/api/v1/files/" + kept).statusCode()).isEqualTo(200);
    String sha = sha256(orphanBytes);
    assertThat(data.resolve("files/blobs/" + sha.substring(0, 2) + "/" + sha)).doesNotExist();
  }

  private UUID privateChannelWithBob() {
    var created = alice
        .api()
        .post(
            "/api/v1/channels",
            Map.of(
                "kind", "PRIVATE", "name", "附件-" + UUID.randomUUID().toString().substring(0, 6)));
    UUID channel = UUID.fromString(created.body().path("id").asString());
    alice.api().post("/api/v1/channels/" + channel + "/members", Map.of("personId", bob.id()));
    return channel;
  }

  private void setLimits(long maxBytes, JsonNode current) {
    var answer = admin.put(
        "/api/v1/admin/attachment-limits",
        Map.of(
            "maxBytes",
            maxBytes,
            "blockedExtensions",
            current.path("blockedExtensions"),
            "blockedContentTypes",
            current.path("blockedContentTypes")));
    assertThat(answer.status()).isEqualTo(200);
  }

  static JsonNode upload(Api api, String name, String claimedType, byte[] bytes) {
    var answer = api.sendRaw(
        "POST",
        "/api/v1/files?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
        claimedType,
        bytes);
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
    return answer.body();
  }

  /** Files in the store: blobs, thumbnails and anything left in incoming/. */
  private long storedFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(data.resolve("files"))) {
      return walk.filter(Files::isRegularFile).count();
    }
  }

  private static java.awt.image.BufferedImage read(byte[] bytes) {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
