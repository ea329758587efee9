package dev.atrium.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.access.Grant;
import dev.atrium.access.Grantee;
import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.search.SearchSource;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A channel's roles are its grants in access ({@link ChannelAccess#TYPE}): a member's role is their
 * grant by name, a public channel's openness the company's grant, and what the API shows, what a
 * member may do and what search lets them find all read those grants.
 */
@IntegrationTest
class ChannelRolesInAccessTest {

  @LocalServerPort
  int port;

  @Autowired
  ResourceAccess resources;

  @Autowired
  List<SearchSource> sources;

  Api admin;
  People.Person alice;
  People.Person bob;
  People.Person guest;

  @BeforeEach
  void setUp() {
    admin = People.admin(port);
    alice = People.create(port, admin, "Alice 爱丽丝");
    bob = People.create(port, admin, "Bob 鲍勃");
    guest = People.createGuest(port, admin, "Guest 访客");
  }

  @Test
  void membersHoldTheirRoleAsAGrantAndAPublicChannelIsTheCompanys() {
    UUID channel = ChatHttpTest.channel(alice.api(), "PUBLIC");
    String path = "/api/v1/channels/" + channel;
    assertThat(bob.api().post(path + "/join", null).status()).isEqualTo(200);
    assertThat(grants(channel))
        .containsExactlyInAnyOrder(
            new Grant(new Grantee.Person(alice.id()), "owner"),
            new Grant(new Grantee.Person(bob.id()), "member"),
            new Grant(new Grantee.Company(), "member"));

    assertThat(alice
            .api()
            .put(path + "/members/" + bob.id() + "/role", Map.of("role", "ADMIN"))
            .status())
        .isEqualTo(200);
    assertThat(grants(channel)).contains(new Grant(new Grantee.Person(bob.id()), "admin"));
    assertThat(bob.api().get(path).body().path("role").asString()).isEqualTo("ADMIN");
    assertThat(bob.api().get(path).body().path("capabilities").path("canManage").asBoolean())
        .isTrue();

    assertThat(bob.api().post(path + "/leave", null).status()).isEqualTo(204);
    assertThat(grants(channel))
        .noneMatch(grant -> bob.id().equals(grant.grantee().id()));
  }

  @Test
  void aPrivateChannelHasNoGrantButItsMembersAndSearchFollowsTheGrants() {
    UUID secret = ChatHttpTest.channel(alice.api(), "PRIVATE");
    UUID open = ChatHttpTest.channel(alice.api(), "PUBLIC");
    assertThat(grants(secret)).containsExactly(new Grant(new Grantee.Person(alice.id()), "owner"));

    assertThat(keys(bob, false)).contains("channel:" + open).doesNotContain("channel:" + secret);
    assertThat(keys(guest, true)).doesNotContain("channel:" + open, "channel:" + secret);
    assertThat(alice
            .api()
            .post("/api/v1/channels/" + secret + "/members", Map.of("personId", guest.id()))
            .status())
        .isEqualTo(200);
    assertThat(keys(guest, true)).contains("channel:" + secret).doesNotContain("channel:" + open);
    assertThat(guest.api().get("/api/v1/channels/" + open).status()).isEqualTo(404);
  }

  private List<Grant> grants(UUID channel) {
    return resources.grantsOn(ChannelAccess.TYPE, channel);
  }

  private Set<String> keys(People.Person person, boolean isGuest) {
    SearchSource chat = sources.stream()
        .filter(source -> source.kinds().contains("channel"))
        .findFirst()
        .orElseThrow();
    return chat.accessKeys(new Subject(person.id(), isGuest));
  }
}
