package dev.atrium.doc.collab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.Node;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page made from a template gets the template written exactly once, however many editors open it
 * at the same moment: the server tells one of them to write it (seen by real Yjs clients).
 */
@IntegrationTest
class TemplateSeedTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  @Test
  void twoEditorsOpeningANewPageFromATemplateAtOnceWriteItOnce() {
    Api admin = People.admin(port);
    People.Person first = People.create(port, admin, "Editor 甲");
    People.Person second = People.create(port, admin, "Editor 乙");
    People.Person reader = People.create(port, admin, "Reader 丙");
    UUID page = CollabPages.page(List.of(first, second), List.of(reader));
    UUID spaceId = CollabPages.spaceOf(first, page);
    UUID fromTemplate = fromTemplate(first, spaceId, "周会");
    UUID leftAlone = fromTemplate(first, spaceId, "周会 2");
    String template = first
        .api()
        .get("/api/v1/pages/" + fromTemplate)
        .body()
        .path("initialMarkdown")
        .asString();
    assertThat(template).contains("会议纪要");

    JsonNode seen = JSON.readTree(Node.run(
        "collab-template-seed.cjs",
        Map.of(
            "ATRIUM_URL",
            "http://localhost:" + port,
            "PAGE_ID",
            fromTemplate.toString(),
            "SECOND_PAGE_ID",
            leftAlone.toString(),
            "EDITORS",
            cookie(first) + "," + cookie(second),
            "READER",
            cookie(reader)),
        60));

    assertThat(seen.path("told").size())
        .as("editors told to write the template: %s", seen)
        .isEqualTo(1);
    assertThat(seen.path("seeds").get(2).asInt()).as("the reader is never told").isZero();
    for (JsonNode text : seen.path("texts")) {
      assertThat(text.asString()).as("every client holds the template once").isEqualTo(template);
    }
    assertThat(seen.path("later").path("seeds").asInt())
        .as("an editor arriving later is not told")
        .isZero();
    assertThat(seen.path("later").path("text").asString()).isEqualTo(template);

    assertThat(seen.path("leaverTold").asInt()).isEqualTo(1);
    assertThat(seen.path("nextTold").asInt())
        .as("one told who left without writing passes it on")
        .isEqualTo(1);
  }

  private static UUID fromTemplate(People.Person author, UUID spaceId, String title) {
    var created = author
        .api()
        .post(
            "/api/v1/pages",
            Map.of("spaceId", spaceId, "title", title, "templateId", "meeting-notes"));
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    return UUID.fromString(created.body().path("id").asString());
  }

  private String cookie(People.Person person) {
    return TestSocket.sessionCookie(port, person.email(), People.PASSWORD);
  }
}
