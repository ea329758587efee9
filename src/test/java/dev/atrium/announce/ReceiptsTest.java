package dev.atrium.announce;

import static dev.atrium.announce.Announce.draft;
import static dev.atrium.announce.Announce.people;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Opened and confirmed are recorded once per person, whatever devices they use; a correction that
 * asks for confirmation again asks it of those who confirmed before; only recipients confirm.
 */
@IntegrationTest
class ReceiptsTest {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  Api admin;
  People.Person reader;
  People.Person stranger;
  UUID id;

  @BeforeEach
  void mustRead() {
    admin = People.admin(port);
    reader = People.create(port, admin, "必读读者");
    stranger = People.create(port, admin, "不相干的人");
    id = Announce.publish(admin, draft(Announce.unique("放假通知"), people(reader.id())));
  }

  @Test
  void theFirstOpeningIsKeptAcrossDevicesAndAConfirmationCountsOnce() {
    var first =
        reader.api().post("/api/v1/announcements/" + id + "/open", Map.of("device", "PHONE"));
    var again =
        reader.api().post("/api/v1/announcements/" + id + "/open", Map.of("device", "DESKTOP"));
    var confirmed =
        reader.api().post("/api/v1/announcements/" + id + "/confirm", Map.of("device", "DESKTOP"));
    var twice = reader.api().post("/api/v1/announcements/" + id + "/confirm", null);

    assertThat(first.status()).isEqualTo(200);
    String openedAt = first.body().path("read").path("openedAt").asString();
    assertThat(openedAt).isNotEmpty();
    assertThat(again.body().path("read").path("openedAt").asString()).isEqualTo(openedAt);
    assertThat(confirmed.body().path("needsConfirmation").asBoolean()).isFalse();
    assertThat(twice.body().path("read").path("confirmedAt").asString())
        .isEqualTo(confirmed.body().path("read").path("confirmedAt").asString());
    var row = jdbc.sql("""
        select count(*) as n, min(opened_device) as device, min(confirmed_version) as version
        from announce.recipient where announcement_id = ? and person_id = ?""")
        .params(id, reader.id())
        .query((rs, n) -> Map.of(
            "n", rs.getInt("n"), "device", rs.getString("device"), "version", rs.getInt("version")))
        .single();
    assertThat(row).isEqualTo(Map.of("n", 1, "device", "PHONE", "version", 1));
  }

  @Test
  void theBannerShowsAnUnconfirmedMustReadUntilItIsConfirmedAndAgainAfterACorrectionAsksForIt() {
    assertThat(reader.api().get("/api/v1/announcements/banner").body().findValuesAsString("id"))
        .contains(id.toString());
    reader.api().post("/api/v1/announcements/" + id + "/open", Map.of("device", "DESKTOP"));
    reader.api().post("/api/v1/announcements/" + id + "/confirm", null);
    assertThat(reader.api().get("/api/v1/announcements/banner").body().findValuesAsString("id"))
        .doesNotContain(id.toString());

    var corrected = admin.put(
        "/api/v1/announcements/" + id,
        Announce.with(
            Announce.with(draft("放假通知（更正）", people(reader.id())), "reconfirm", true),
            "body",
            Announce.body("更正后的日期")));

    assertThat(corrected.status()).as("%s", corrected.body()).isEqualTo(200);
    assertThat(corrected.body().path("version").asInt()).isEqualTo(2);
    var seen = reader.api().get("/api/v1/announcements/" + id).body();
    assertThat(seen.path("needsConfirmation").asBoolean()).isTrue();
    assertThat(seen.path("updatedSinceOpened").asBoolean()).isTrue();
    assertThat(reader.api().get("/api/v1/announcements/banner").body().findValuesAsString("id"))
        .contains(id.toString());
    var versions = reader.api().get("/api/v1/announcements/" + id + "/versions").body();
    assertThat(versions.findValuesAsString("title"))
        .containsExactly("放假通知（更正）", versions.get(1).path("title").asString());
    assertThat(reader
            .api()
            .get("/api/v1/announcements/" + id + "/versions/2")
            .body()
            .path("bodyText")
            .asString())
        .isEqualTo("更正后的日期");
    var reconfirmed = reader.api().post("/api/v1/announcements/" + id + "/confirm", null);
    assertThat(reconfirmed.body().path("read").path("confirmedVersion").asInt()).isEqualTo(2);
  }

  @Test
  void aNonRecipientCannotReadFindOrConfirmAndItsAuthorIsNoRecipient() {
    for (var answer : new dev.atrium.support.Api.Response[] {
      stranger.api().get("/api/v1/announcements/" + id),
      stranger.api().post("/api/v1/announcements/" + id + "/confirm", null),
      stranger.api().post("/api/v1/announcements/" + id + "/open", Map.of("device", "PHONE")),
      stranger.api().get("/api/v1/announcements/" + id + "/versions"),
      stranger.api().get("/api/v1/announcements/" + id + "/comments")
    }) {
      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.code()).isEqualTo("announce.not-found");
    }
    assertThat(Announce.inbox(stranger.api())).doesNotContain(id.toString());
    var byAuthor = admin.post("/api/v1/announcements/" + id + "/confirm", null);
    assertThat(byAuthor.status()).isEqualTo(403);
    assertThat(byAuthor.code()).isEqualTo("announce.not-a-recipient");
    assertThat(jdbc.sql("select count(*) from announce.recipient where announcement_id = ?")
            .param(id)
            .query(Long.class)
            .single())
        .isEqualTo(1);
  }

  @Test
  void aWithdrawnAnnouncementLeavesItsReadersAndStaysWithItsAuthor() {
    var withdrawn = admin.post("/api/v1/announcements/" + id + "/withdraw", null);

    assertThat(withdrawn.body().path("state").asString()).isEqualTo("WITHDRAWN");
    assertThat(reader.api().get("/api/v1/announcements/" + id).status()).isEqualTo(404);
    assertThat(Announce.inbox(reader.api())).doesNotContain(id.toString());
    assertThat(reader.api().get("/api/v1/announcements/banner").body().findValuesAsString("id"))
        .doesNotContain(id.toString());
    assertThat(admin
            .get("/api/v1/announcements?box=mine&limit=100")
            .body()
            .path("items")
            .findValuesAsString("id"))
        .contains(id.toString());
  }
}
