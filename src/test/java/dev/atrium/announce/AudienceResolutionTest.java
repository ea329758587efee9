package dev.atrium.announce;

import static dev.atrium.announce.Announce.audience;
import static dev.atrium.announce.Announce.draft;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An audience is resolved at publication into the people it reaches then: departments with or
 * without their subtrees, groups, named people, less exclusions; who moves in before publication
 * receives it, who moves out after keeps it, and later joiners receive it when it asks for them.
 */
@IntegrationTest
class AudienceResolutionTest {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  Api admin;
  UUID sales;
  UUID salesNorth;
  UUID other;
  People.Person seller;
  People.Person northSeller;
  People.Person outsider;
  People.Person excluded;

  @BeforeEach
  void company() {
    admin = People.admin(port);
    UUID root = People.rootDepartment(admin);
    sales = Announce.department(admin, "销售部", root);
    salesNorth = Announce.department(admin, "北区", sales);
    other = Announce.department(admin, "研发部", root);
    seller = People.create(port, admin, "销售 Seller", sales);
    northSeller = People.create(port, admin, "北区销售", salesNorth);
    outsider = People.create(port, admin, "研发 Outsider", other);
    excluded = People.create(port, admin, "请假的销售", sales);
  }

  @Test
  void aDepartmentWithoutItsSubtreeReachesItsOwnPeopleLessTheExcluded() {
    var audience =
        audience(false, Map.of(sales, false), List.of(), List.of(), List.of(excluded.id()));

    var size = admin.post("/api/v1/announcements/audience-size", audience);
    UUID id = Announce.publish(admin, draft("只发销售部", audience));

    assertThat(size.body().path("people").asLong()).isEqualTo(1);
    assertThat(seller.api().get("/api/v1/announcements/" + id).status()).isEqualTo(200);
    assertThat(northSeller.api().get("/api/v1/announcements/" + id).status()).isEqualTo(404);
    assertThat(excluded.api().get("/api/v1/announcements/" + id).status()).isEqualTo(404);
    assertThat(outsider.api().get("/api/v1/announcements/" + id).status()).isEqualTo(404);
    assertThat(admin
            .get("/api/v1/announcements/" + id)
            .body()
            .path("recipientCount")
            .asInt())
        .isEqualTo(1);
  }

  @Test
  void aSubtreeReachesTheDepartmentsBelowAndAGroupReachesItsMembersAnywhere() {
    UUID group = Announce.group(admin, "安全委员会", List.of(outsider.id()));
    var audience = audience(false, Map.of(sales, true), List.of(group), List.of(), List.of());

    UUID id = Announce.publish(admin, draft("销售部及下属和委员会", audience));

    assertThat(Announce.inbox(seller.api())).contains(id.toString());
    assertThat(Announce.inbox(northSeller.api())).contains(id.toString());
    assertThat(Announce.inbox(excluded.api())).contains(id.toString());
    assertThat(Announce.inbox(outsider.api())).contains(id.toString());
    assertThat(admin
            .get("/api/v1/announcements/" + id)
            .body()
            .path("recipientCount")
            .asInt())
        .isEqualTo(4);
  }

  @Test
  void
      whoMovesInBeforePublicationReceivesItAndWhoMovesOutAfterKeepsItWithTheDepartmentOfDelivery() {
    var movedIn = admin.patch(
        "/api/v1/people/" + outsider.id(), Map.of("primaryDepartmentId", sales.toString()));
    assertThat(movedIn.status()).as("%s", movedIn.body()).isEqualTo(200);

    UUID id = Announce.publish(
        admin,
        draft("调岗前后", audience(false, Map.of(sales, false), List.of(), List.of(), List.of())));
    var movedOut = admin.patch(
        "/api/v1/people/" + seller.id(), Map.of("primaryDepartmentId", other.toString()));
    assertThat(movedOut.status()).isEqualTo(200);

    assertThat(outsider.api().get("/api/v1/announcements/" + id).status()).isEqualTo(200);
    assertThat(seller.api().get("/api/v1/announcements/" + id).status())
        .as("delivered before the move")
        .isEqualTo(200);
    assertThat(jdbc.sql(
                "select department_id from announce.recipient where announcement_id = ? and person_id = ?")
            .params(id, seller.id())
            .query(UUID.class)
            .single())
        .isEqualTo(sales);
  }

  @Test
  void laterJoinersReceiveOnlyAnnouncementsThatAskForThem() {
    var audience = audience(false, Map.of(sales, true), List.of(), List.of(), List.of());
    UUID following = Announce.publish(
        admin, Announce.with(draft("新人也要看", audience), "includeLaterJoiners", true));
    UUID fixed = Announce.publish(admin, draft("只发当时的人", audience));

    var newcomer = People.create(port, admin, "新入职北区", salesNorth);

    List<String> inbox = Eventually.eventually(
        () -> Announce.inbox(newcomer.api()), ids -> ids.contains(following.toString()));
    assertThat(inbox).doesNotContain(fixed.toString());
    assertThat(admin
            .get("/api/v1/announcements/" + following)
            .body()
            .path("recipientCount")
            .asInt())
        .isEqualTo(4);
    var moved = admin.patch(
        "/api/v1/people/" + outsider.id(), Map.of("primaryDepartmentId", salesNorth.toString()));
    assertThat(moved.status()).isEqualTo(200);
    Eventually.eventually(
        () -> Announce.inbox(outsider.api()), ids -> ids.contains(following.toString()));
    assertThat(Announce.inbox(outsider.api())).doesNotContain(fixed.toString());
  }
}
