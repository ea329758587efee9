package dev.atrium.announce;

import static dev.atrium.announce.Announce.audience;
import static dev.atrium.announce.Announce.draft;
import static dev.atrium.announce.Announce.people;
import static dev.atrium.announce.Announce.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each kind of bad input is refused with its own code, and nothing is stored or sent. */
@IntegrationTest
class AnnouncementBadInputTest {

  @LocalServerPort
  int port;

  Api admin;
  UUID team;
  UUID elsewhere;
  People.Person publisher;
  People.Person member;
  People.Person outsider;

  @BeforeEach
  void cast() {
    admin = People.admin(port);
    UUID root = People.rootDepartment(admin);
    team = Announce.department(admin, "市场部", root);
    elsewhere = Announce.department(admin, "法务部", root);
    publisher = People.create(port, admin, "市场发布人", team);
    member = People.create(port, admin, "市场成员", team);
    outsider = People.create(port, admin, "法务成员", elsewhere);
    var granted = admin.put(
        "/api/v1/announcement-publishers/" + team, Map.of("personIds", List.of(publisher.id())));
    assertThat(granted.status()).as("%s", granted.body()).isEqualTo(200);
  }

  @Test
  void aPublisherAddressesTheirDepartmentsSubtreeAndNoOneElse() {
    var ownTeam = audience(false, Map.of(team, true), List.of(), List.of(), List.of());
    var size = publisher.api().post("/api/v1/announcements/audience-size", ownTeam);
    assertThat(size.status()).isEqualTo(200);
    assertThat(size.body().path("people").asLong()).isEqualTo(2);

    UUID wide = Announce.create(
        publisher.api(), draft("全公司", audience(true, Map.of(), List.of(), List.of(), List.of())));
    UUID stray =
        Announce.create(publisher.api(), draft("点名外部门", people(member.id(), outsider.id())));
    assertRefused(
        publisher.api().post("/api/v1/announcements/" + wide + "/publish", Map.of()),
        403,
        "announce.audience-not-allowed");
    assertRefused(
        publisher.api().post("/api/v1/announcements/" + stray + "/publish", Map.of()),
        403,
        "announce.audience-not-allowed");
    assertRefused(
        member.api().post("/api/v1/announcements/audience-size", ownTeam),
        403,
        "announce.audience-not-allowed");
    assertThat(Announce.inbox(outsider.api())).isEmpty();
    assertThat(publisher
            .api()
            .get("/api/v1/announcements/" + wide)
            .body()
            .path("state")
            .asString())
        .isEqualTo("DRAFT");
  }

  @Test
  void anEmptyAudienceAPastScheduleAndAnExpiryBeforePublicationAreRefused() {
    UUID nobody = Announce.create(admin, draft("无人", people()));
    assertRefused(
        admin.post("/api/v1/announcements/" + nobody + "/publish", Map.of()),
        400,
        "announce.audience-empty");
    UUID excludedAll = Announce.create(
        admin,
        draft(
            "全排除",
            audience(false, Map.of(), List.of(), List.of(member.id()), List.of(member.id()))));
    assertRefused(
        admin.post("/api/v1/announcements/" + excludedAll + "/publish", Map.of()),
        400,
        "announce.audience-empty");

    UUID id = Announce.create(admin, draft("定时", people(member.id())));
    Instant past = Instant.now().minus(1, ChronoUnit.HOURS);
    assertRefused(
        admin.post("/api/v1/announcements/" + id + "/publish", Map.of("at", past.toString())),
        400,
        "announce.schedule-in-past");
    var expiring = admin.put(
        "/api/v1/announcements/" + id,
        with(
            draft("定时", people(member.id())),
            "expiresAt",
            Instant.now().plus(1, ChronoUnit.DAYS).toString()));
    assertThat(expiring.status()).isEqualTo(200);
    Instant later = Instant.now().plus(3, ChronoUnit.DAYS);
    assertRefused(
        admin.post("/api/v1/announcements/" + id + "/publish", Map.of("at", later.toString())),
        400,
        "announce.expiry-before-publication");
    assertRefused(
        admin.post(
            "/api/v1/announcements",
            with(draft("已过期", people(member.id())), "expiresAt", past.toString())),
        400,
        "announce.expiry-before-publication");

    assertThat(admin.get("/api/v1/announcements/" + id).body().path("state").asString())
        .isEqualTo("DRAFT");
    assertThat(Announce.inbox(member.api())).isEmpty();
  }

  @Test
  void anOversizedBodyAnUnknownCategoryAndAnUnknownIdAreRefusedAndNothingIsStored() {
    long before = mine();
    String big = "长".repeat(200_000);
    assertRefused(
        admin.post(
            "/api/v1/announcements",
            with(draft("太长", people(member.id())), "body", Announce.body(big))),
        400,
        "announce.body-too-large");
    assertRefused(
        admin.post(
            "/api/v1/announcements", with(draft("无分类", people(member.id())), "category", "gossip")),
        400,
        "announce.category-unknown");
    assertRefused(
        admin.post(
            "/api/v1/announcements",
            with(draft("不是文档", people(member.id())), "body", Map.of("type", "paragraph"))),
        400,
        "announce.body-invalid");
    assertThat(mine()).isEqualTo(before);

    UUID unknown = UUID.randomUUID();
    assertRefused(admin.get("/api/v1/announcements/" + unknown), 404, "announce.not-found");
    assertRefused(
        admin.post("/api/v1/announcements/" + unknown + "/confirm", null),
        404,
        "announce.not-found");
    assertRefused(
        admin.post("/api/v1/announcements/" + unknown + "/publish", Map.of()),
        404,
        "announce.not-found");
  }

  @Test
  void theListFiltersByPublicationTimeOnTheServerAndRefusesABadRange() {
    UUID id = Announce.publish(publisher.api(), draft("团建通知", people(member.id())));
    Instant now = Instant.now();
    assertThat(inbox(now.minus(1, ChronoUnit.HOURS) + "", now.plus(1, ChronoUnit.HOURS) + ""))
        .contains(id.toString());
    assertThat(inbox("2026-01-01T00:00:00+08:00", null))
        .as("from alone, with an offset")
        .contains(id.toString());
    assertThat(inbox(now.plus(1, ChronoUnit.HOURS) + "", null)).doesNotContain(id.toString());
    assertThat(inbox(null, now.minus(1, ChronoUnit.HOURS) + "")).doesNotContain(id.toString());
    assertThat(admin
            .get("/api/v1/announcements?box=mine&from=" + now.plus(1, ChronoUnit.HOURS))
            .body()
            .path("items")
            .findValuesAsString("id"))
        .as("mine too: what was published before the range falls outside it")
        .doesNotContain(id.toString());

    assertRefused(
        member.api().get("/api/v1/announcements?from=yesterday"), 400, "announce.date-invalid");
    assertRefused(
        member.api().get("/api/v1/announcements?to=2026-12-01"), 400, "announce.date-invalid");
    assertRefused(
        member.api().get("/api/v1/announcements?from=" + now + "&to=" + now),
        400,
        "announce.date-range-invalid");
    assertRefused(
        member
            .api()
            .get("/api/v1/announcements?box=archive&from=" + now + "&to="
                + now.minus(1, ChronoUnit.DAYS)),
        400,
        "announce.date-range-invalid");
  }

  private List<String> inbox(String from, String to) {
    String query = (from == null ? "" : "&from=" + from.replace("+", "%2B"))
        + (to == null ? "" : "&to=" + to.replace("+", "%2B"));
    Api.Response answer = member.api().get("/api/v1/announcements?box=inbox" + query);
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    return answer.body().path("items").findValuesAsString("id");
  }

  @Test
  void aGuestWritesNoAnnouncement() {
    var guest = People.createGuest(port, admin, "访客");
    assertRefused(
        guest.api().post("/api/v1/announcements", draft("访客公告", people(member.id()))),
        403,
        "announce.guest");
  }

  private long mine() {
    return admin
        .get("/api/v1/announcements?box=mine&limit=100")
        .body()
        .path("items")
        .size();
  }

  private static void assertRefused(Api.Response answer, int status, String code) {
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(status);
    assertThat(answer.code()).isEqualTo(code);
  }
}
