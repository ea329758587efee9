package dev.atrium.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Types granted only by name, to the company and to guests (a chat channel) decide with no look-up
 * ({@link Viewer#byName}, {@link Visibility#rankByName}), and their module keeps the kept role itself
 * ({@link ResourceAccess#hold}, {@link ResourceAccess#release}).
 */
@IntegrationTest
class GrantsByNameTest {

  private static final ResourceType ROOM = ResourceType.named(
          "test.room", "member", "admin", "owner")
      .allowing("post", "member")
      .allowing("manage", "admin")
      .keeping("owner");

  @LocalServerPort
  int port;

  @Autowired
  ResourceAccess resources;

  @Autowired
  JdbcClient jdbc;

  private People.Person owner;
  private People.Person other;
  private People.Person guest;
  private UUID room;

  @BeforeEach
  void setUp() {
    Api admin = People.admin(port);
    owner = People.create(port, admin, "Owner");
    other = People.create(port, admin, "Other");
    guest = People.createGuest(port, admin, "Guest");
    room = UUID.randomUUID();
    resources.hold(ROOM, room, new Grant(new Grantee.Person(owner.id()), "owner"), owner.id());
    resources.hold(ROOM, room, new Grant(new Grantee.Company(), "member"), owner.id());
  }

  @Test
  void theRankByNameInSqlIsTheRankInJava() {
    assertThat(rank(owner, false)).isEqualTo(3);
    assertThat(rank(other, false)).as("as one of the company").isEqualTo(1);
    assertThat(rank(guest, true)).as("a guest is not the company").isZero();
    resources.hold(ROOM, room, new Grant(new Grantee.Person(guest.id()), "admin"), owner.id());
    assertThat(rank(guest, true)).isEqualTo(2);
    int personal = jdbc.sql("select " + Visibility.personRank(ROOM, ":room", ":person"))
        .param("room", room)
        .param("person", other.id())
        .query(Integer.class)
        .single();
    assertThat(personal).as("the company's grant is not theirs by name").isZero();
  }

  @Test
  void holdingAndReleasingLeaveTheKeptRoleToTheCaller() {
    resources.release(ROOM, room, new Grantee.Person(owner.id()));
    assertThat(resources.holders(ROOM, room, "owner")).isEmpty();
    resources.hold(ROOM, room, new Grant(new Grantee.Person(other.id()), "owner"), null);
    resources.hold(ROOM, room, new Grant(new Grantee.Person(guest.id()), "admin"), null);
    assertThat(resources.holders(ROOM, room, "owner"))
        .containsExactly(new Grantee.Person(other.id()));
    assertThat(resources.holders(ROOM, room, "admin"))
        .containsExactlyInAnyOrder(new Grantee.Person(other.id()), new Grantee.Person(guest.id()));
    assertThat(resources.grantsOn(ROOM, room)).hasSize(3);
  }

  private int rank(People.Person person, boolean isGuest) {
    Viewer viewer = Viewer.byName(person.id(), isGuest);
    int java = resources.rank(viewer, ROOM, room);
    int sql = jdbc.sql("select " + Visibility.rankByName(ROOM, ":room", ":person", ":guest"))
        .param("room", room)
        .param("person", person.id())
        .param("guest", isGuest)
        .query(Integer.class)
        .single();
    assertThat(sql).as("SQL and Java agree").isEqualTo(java);
    int visible = viewer
        .bind(jdbc.sql("select count(*) from " + Visibility.grantedIds(ROOM, "member")
            + " ids where ids.resource_id = :room"))
        .param("room", room)
        .query(Integer.class)
        .single();
    assertThat(visible > 0).as("listed where it is seen").isEqualTo(java > 0);
    return java;
  }
}
