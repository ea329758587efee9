package dev.atrium.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The cases of issue #12 that answered 500, and what a reader sees of a name with bidi controls. */
@IntegrationTest
class TextInputTest {

  @LocalServerPort
  int port;

  @Test
  void aNulInATextFieldIsARefusedFieldNotAServerError() {
    Api alice = People.create(port, People.admin(port), "Alice NUL").api();

    var answer =
        alice.post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", "nul-\u0000-" + suffix()));

    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo("validation.failed");
    assertThat(answer.body().path("errors").get(0).path("field").asString()).isEqualTo("name");
    assertThat(answer.body().path("errors").get(0).path("code").asString()).isEqualTo("characters");
  }

  @Test
  void aLoneSurrogateIsRefusedRatherThanStoredAsAQuestionMark() {
    Api alice = People.create(port, People.admin(port), "Alice Surrogate").api();
    String json = "{\"kind\":\"PUBLIC\",\"name\":\"half-\\uD800-" + suffix() + "\"}";

    var answer = alice.sendRaw(
        "POST", "/api/v1/channels", "application/json", json.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(400);
    assertThat(answer.body().path("errors").get(0).path("field").asString()).isEqualTo("name");
  }

  @Test
  void aRefusedTagNamesItsPlaceInTheList() {
    Api alice = People.create(port, People.admin(port), "Alice Tags").api();
    String space = alice
        .post("/api/v1/spaces", Map.of("kind", "PROJECT", "name", "Tags " + suffix()))
        .body()
        .path("id")
        .asString();
    String page = alice
        .post("/api/v1/pages", Map.of("spaceId", space, "title", "Tagged"))
        .body()
        .path("id")
        .asString();

    var answer =
        alice.patch("/api/v1/pages/" + page, Map.of("tags", List.of("fine", "bad\u0007tag")));

    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(400);
    assertThat(answer.body().path("errors").get(0).path("field").asString()).isEqualTo("tags[1]");
  }

  @Test
  void aRightToLeftOverrideIsDroppedFromANameButKeptInAMessage() {
    Api alice = People.create(port, People.admin(port), "Alice Bidi").api();
    String suffix = suffix();

    var channel = alice.post(
        "/api/v1/channels",
        Map.of(
            "kind", "PUBLIC", "name", "sec-\u202Etxt.exe" + suffix, "topic", "\u2066topic\u2069"));
    var message = alice.post(
        "/api/v1/channels/" + channel.body().path("id").asString() + "/messages",
        Map.of("clientMessageId", UUID.randomUUID(), "body", "שלום \u202Bworld\u202C\nline two"));

    assertThat(channel.status()).as("%s", channel.body()).isEqualTo(201);
    assertThat(channel.body().path("name").asString()).isEqualTo("sec-txt.exe" + suffix);
    assertThat(channel.body().path("topic").asString()).isEqualTo("topic");
    assertThat(message.status()).as("%s", message.body()).isEqualTo(201);
    assertThat(message.body().path("body").asString())
        .isEqualTo("שלום \u202Bworld\u202C\nline two");
  }

  @Test
  void aQueryThatIsNotUtf8OrHoldsANulIsRefusedWithACode() {
    Api alice = People.create(port, People.admin(port), "Alice Query").api();

    for (String path : List.of(
        "/api/v1/search?q=%FF%FE", "/api/v1/people?q=a%00b", "/api/v1/channels/browse?q=%00")) {
      var answer = alice.get(path);
      assertThat(answer.status()).as("%s %s", path, answer.body()).isEqualTo(400);
      assertThat(answer.code()).as("%s", path).isEqualTo("validation.failed");
    }
  }

  @Test
  void aTimeBeyondTheYear9999IsRefusedWithACode() {
    Api alice = People.create(port, People.admin(port), "Alice Time").api();

    var dnd = alice.put("/api/v1/presence/dnd", Map.of("until", "+999999-01-01T00:00:00Z"));
    var audit = People.admin(port).get("/api/v1/admin/audit?from=%2B999999-01-01T00:00:00Z");

    assertThat(dnd.status()).as("%s", dnd.body()).isEqualTo(400);
    assertThat(dnd.body().path("errors").get(0).path("field").asString()).isEqualTo("until");
    assertThat(dnd.body().path("errors").get(0).path("code").asString()).isEqualTo("range");
    assertThat(audit.status()).as("%s", audit.body()).isEqualTo(400);
    assertThat(audit.code()).isEqualTo("validation.failed");
  }

  @Test
  void aCsvCellWithANulIsALineErrorAndBidiControlsLeaveImportedNames() {
    Api admin = People.admin(port);
    String suffix = suffix();
    String csv = "name,email,department\n"
        + "Nul\u0000Person,nul-" + suffix + "@example.com,CSV " + suffix + "\n"
        + "\u202Egnp.exe," + "bidi-" + suffix + "@example.com,CSV " + suffix + "\n";

    var answer = admin.upload(
        "/api/v1/admin/org-import?dryRun=true",
        "file",
        "people.csv",
        csv.getBytes(StandardCharsets.UTF_8));
    var applied = admin.upload(
        "/api/v1/admin/org-import?dryRun=false",
        "file",
        "people.csv",
        csv.lines()
            .filter(line -> !line.contains("\u0000"))
            .reduce("", (a, b) -> a + b + "\n")
            .getBytes(StandardCharsets.UTF_8));
    var imported = admin.get("/api/v1/people?q=bidi-" + suffix);

    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    assertThat(answer.body().path("errors")).hasSize(1);
    assertThat(answer.body().path("errors").get(0).path("line").asInt()).isEqualTo(2);
    assertThat(answer.body().path("errors").get(0).path("code").asString()).isEqualTo("characters");
    assertThat(applied.status()).as("%s", applied.body()).isEqualTo(200);
    assertThat(imported.body().path("items").get(0).path("name").asString()).isEqualTo("gnp.exe");
  }

  @Test
  void a100KilobyteNameIsACodedRefusal() {
    Api alice = People.create(port, People.admin(port), "Alice Long").api();
    String space = alice
        .post("/api/v1/spaces", Map.of("kind", "PROJECT", "name", "Long " + suffix()))
        .body()
        .path("id")
        .asString();
    String page = alice
        .post("/api/v1/pages", Map.of("spaceId", space, "title", "Versions"))
        .body()
        .path("id")
        .asString();

    var answer = alice.put(
        "/api/v1/pages/" + page + "/versions/1/name", Map.of("name", "x".repeat(100 * 1024)));

    assertThat(answer.status()).as("%s", answer.body()).isBetween(400, 499);
    assertThat(answer.code()).isNotEmpty();
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
