package dev.atrium.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An image in a page is readable by the page's readers once its editor hangs it on the page, and by nobody else. */
@IntegrationTest
class PageAttachmentsTest {

  @LocalServerPort
  int port;

  Api admin;
  People.Person author;
  People.Person reader;
  People.Person stranger;
  UUID page;

  @BeforeEach
  void page() {
    admin = People.admin(port);
    author = People.create(port, admin, "配图作者");
    reader = People.create(port, admin, "配图读者");
    stranger = People.create(port, admin, "局外人");
    UUID space = Docs.projectSpace(author.api(), Docs.unique("图文"));
    author
        .api()
        .put(
            "/api/v1/spaces/" + space + "/grants",
            Map.of(
                "grants",
                List.of(
                    Map.of("kind", "PERSON", "id", author.id(), "role", "ADMIN"),
                    Map.of("kind", "PERSON", "id", reader.id(), "role", "READ"))));
    page = Docs.page(author.api(), space, null, "架构图");
  }

  @Test
  void aPagesReadersReadItsAttachmentsAndNobodyElseDoes() {
    String file = upload(author.api(), "架构.txt");
    assertThat(reader.api().bytes("/api/v1/files/" + file).statusCode())
        .as("not yet on the page")
        .isEqualTo(404);

    var attached = author
        .api()
        .post("/api/v1/pages/" + page + "/attachments", Map.of("fileIds", List.of(file)));

    assertThat(attached.status()).isEqualTo(200);
    assertThat(attached.body().get(0).path("id").asString()).isEqualTo(file);
    assertThat(reader.api().bytes("/api/v1/files/" + file).statusCode()).isEqualTo(200);
    assertThat(stranger.api().bytes("/api/v1/files/" + file).statusCode()).isEqualTo(404);
  }

  @Test
  void onlyAnEditorHangsFilesOnAPageAndOnlyTheirOwnUploads() {
    String readers = upload(reader.api(), "读者的.txt");
    var byReader = reader
        .api()
        .post("/api/v1/pages/" + page + "/attachments", Map.of("fileIds", List.of(readers)));
    assertThat(byReader.status()).isEqualTo(403);
    assertThat(byReader.code()).isEqualTo("doc.read-only");
    var byStranger = stranger
        .api()
        .post(
            "/api/v1/pages/" + page + "/attachments",
            Map.of("fileIds", List.of(upload(stranger.api(), "x.txt"))));
    assertThat(byStranger.status()).isEqualTo(404);

    var someoneElses = author
        .api()
        .post("/api/v1/pages/" + page + "/attachments", Map.of("fileIds", List.of(readers)));
    assertThat(someoneElses.code()).isEqualTo("files.not-attachable");
    assertThat(reader.api().bytes("/api/v1/files/" + readers).statusCode())
        .as("still only its uploader's")
        .isEqualTo(200);
    assertThat(author.api().bytes("/api/v1/files/" + readers).statusCode()).isEqualTo(404);
  }

  private static String upload(Api api, String name) {
    var answer = api.sendRaw(
        "POST",
        "/api/v1/files?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
        "text/plain",
        "内容 content".getBytes(StandardCharsets.UTF_8));
    assertThat(answer.status()).isEqualTo(201);
    return answer.body().path("id").asString();
  }
}
