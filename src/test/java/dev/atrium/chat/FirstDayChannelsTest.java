package dev.atrium.chat;

import static dev.atrium.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.DomainEvents;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A new person's message list is not empty on their first sign-in: they are in the company-wide
 * channel (the root department's), in their departments' channels, and in the channels the
 * administrator chose for new people. Guests are in none of them.
 */
@IntegrationTest
class FirstDayChannelsTest {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  DepartmentChannels departmentChannels;

  @Autowired
  ApplicationEventPublisher publisher;

  @Autowired
  TransactionTemplate transactions;

  Api admin;
  UUID root;
  UUID company;

  @BeforeEach
  void theCompany() {
    admin = People.admin(port);
    root = People.rootDepartment(admin);
    company = channelOf(admin, root);
  }

  @Test
  void aNewPersonIsInTheCompanyChannelAndTheirDepartmentsChannelsAndCannotLeaveThem() {
    UUID design = department("设计部", root);
    UUID visual = department("视觉组", design);
    People.Person newcomer = People.create(port, admin, "新同事", visual);

    assertThat(channelIds(newcomer.api()))
        .contains(company, channelOf(admin, design), channelOf(admin, visual));
    JsonNode companyChannel = newcomer.api().get("/api/v1/channels/" + company).body();
    assertThat(companyChannel.path("kind").asString()).isEqualTo("DEPARTMENT");
    assertThat(companyChannel.path("capabilities").path("canLeave").asBoolean()).isFalse();
    var leave = newcomer.api().post("/api/v1/channels/" + company + "/leave", null);
    assertThat(leave.status()).isEqualTo(400);
    assertThat(leave.code()).isEqualTo("chat.department-managed");
    assertThat(channelIds(newcomer.api())).contains(company);
  }

  @Test
  void movingSuspendingAndReactivatingFollowTheDepartments() {
    UUID design = department("设计部", root);
    UUID sales = department("销售部", root);
    People.Person mover = People.create(port, admin, "调岗人", design);

    admin.patch("/api/v1/people/" + mover.id(), Map.of("primaryDepartmentId", sales));
    UUID salesChannel = channelOf(admin, sales);
    UUID designChannel = channelOf(admin, design);
    eventually(
        () -> channelIds(mover.api()),
        ids -> ids.contains(salesChannel) && !ids.contains(designChannel));
    assertThat(channelIds(mover.api())).contains(company);

    admin.post("/api/v1/people/" + mover.id() + "/suspend", null);
    eventually(() -> isIn(company, mover.id()), in -> !in);
    admin.post("/api/v1/people/" + mover.id() + "/reactivate", null);
    eventually(() -> isIn(company, mover.id()), in -> in);
  }

  @Test
  void guestsAreInNoneOfTheFirstDayChannels() {
    UUID lobby = publicChannel("guest-free lobby");
    setDefaults(List.of(lobby));
    try {
      People.Person guest = People.createGuest(port, admin, "访客");
      new DomainEvents(publisher, transactions, jdbc).awaitHandled(guest.id());
      assertThat(channelIds(guest.api())).isEmpty();
    } finally {
      setDefaults(List.of());
    }
  }

  @Test
  void newPeopleJoinTheAdministratorsDefaultChannelsAndPeopleAlreadyHereAreLeftAlone() {
    People.Person before = People.create(port, admin, "老员工");
    UUID welcome = publicChannel("welcome");
    UUID random = publicChannel("random");
    var saved = setDefaults(List.of(welcome, random));
    try {
      assertThat(saved.status()).isEqualTo(200);
      assertThat(saved.body().findValuesAsString("name"))
          .containsExactly(nameOf(welcome), nameOf(random));
      assertThat(admin.get("/api/v1/admin/default-channels").body().findValuesAsString("id"))
          .containsExactly(welcome.toString(), random.toString());

      People.Person after = People.create(port, admin, "新员工");
      eventually(
          () -> channelIds(after.api()), ids -> ids.containsAll(List.of(welcome, random, company)));
      assertThat(channelIds(before.api())).doesNotContain(welcome, random);
      assertThat(after.api().post("/api/v1/channels/" + random + "/leave", null).status())
          .as("a default channel is a start, not a duty")
          .isEqualTo(204);

      var audit = admin
          .get("/api/v1/admin/audit?action=chat.default-channels.changed&size=1")
          .body()
          .path("items")
          .get(0);
      assertThat(audit.path("details").path("channels").toString())
          .contains(nameOf(welcome), nameOf(random));
    } finally {
      setDefaults(List.of());
    }
  }

  @Test
  void onlyPublicChannelsChosenByAnAdministratorMayBeDefaults() {
    People.Person member = People.create(port, admin, "普通成员");
    UUID open = publicChannel("open");
    var byMember =
        member.api().put("/api/v1/admin/default-channels", Map.of("channelIds", List.of(open)));
    assertThat(byMember.status()).isEqualTo(403);
    var secret = admin.post(
        "/api/v1/channels", Map.of("kind", "PRIVATE", "name", "secret " + UUID.randomUUID()));
    var refused = setDefaults(List.of(UUID.fromString(secret.body().path("id").asString())));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("chat.default-channel-invalid");
    assertThat(setDefaults(List.of(company)).code())
        .as("the company channel is everyone's already")
        .isEqualTo("chat.default-channel-invalid");
  }

  @Test
  void theAdministratorDecidesWhoMayPostInTheCompanyChannel() {
    People.Person member = People.create(port, admin, "发帖人");
    try {
      assertThat(admin
              .patch("/api/v1/channels/" + company, Map.of("postingPolicy", "ADMINS"))
              .status())
          .isEqualTo(200);
      var refused = member
          .api()
          .post(
              "/api/v1/channels/" + company + "/messages",
              Map.of("clientMessageId", UUID.randomUUID(), "body", "大家好"));
      assertThat(refused.code()).isEqualTo("chat.posting-restricted");
      var announced = admin.post(
          "/api/v1/channels/" + company + "/messages",
          Map.of("clientMessageId", UUID.randomUUID(), "body", "全员通知"));
      assertThat(announced.status())
          .as("the company's administrators announce there")
          .isEqualTo(201);
    } finally {
      admin.patch("/api/v1/channels/" + company, Map.of("postingPolicy", "EVERYONE"));
    }
    assertThat(member
            .api()
            .post(
                "/api/v1/channels/" + company + "/messages",
                Map.of("clientMessageId", UUID.randomUUID(), "body", "大家好"))
            .status())
        .isEqualTo(201);
  }

  @Test
  void departmentsFromBeforeEveryDepartmentHadItsChannelGetOneAtStartUp() {
    // a department and a person written as an older version left them: no event, no channel
    UUID old = UUID.randomUUID();
    jdbc.sql(
            "insert into org.department (id, parent_id, name, path) values (?, ?, ?, array[?, ?]::uuid[])")
        .params(old, root, "旧部门 " + old.toString().substring(0, 6), root, old)
        .update();
    People.Person veteran = People.create(port, admin, "老部门成员");
    jdbc.sql("update org.person set primary_department_id = ? where id = ?")
        .params(old, veteran.id())
        .update();
    assertThat(jdbc.sql("select count(*) from chat.channel where department_id = ?")
            .param(old)
            .query(Long.class)
            .single())
        .as("no channel yet")
        .isZero();

    departmentChannels.reconcile();

    UUID channel = channelOf(admin, old);
    assertThat(memberIds(channel)).containsExactly(veteran.id());
    assertThat(channelIds(veteran.api())).contains(channel, company);
  }

  private UUID channelOf(Api api, UUID departmentId) {
    var response = api.post("/api/v1/channels/department", Map.of("departmentId", departmentId));
    // 201: made by this call, ahead of its department's listener
    assertThat(response.status()).as(response.body().toString()).isIn(200, 201);
    return UUID.fromString(response.body().path("id").asString());
  }

  private List<UUID> channelIds(Api api) {
    return api.get("/api/v1/channels").body().findValuesAsString("id").stream()
        .map(UUID::fromString)
        .toList();
  }

  private List<UUID> memberIds(UUID channel) {
    return admin
        .get("/api/v1/channels/" + channel + "/members?size=200")
        .body()
        .path("items")
        .findValuesAsString("personId")
        .stream()
        .map(UUID::fromString)
        .toList();
  }

  /** Read from the table: the company channel holds more people than a page of its members. */
  private boolean isIn(UUID channel, UUID person) {
    return jdbc.sql(
                "select count(*) from chat.channel_member where channel_id = ? and person_id = ?")
            .params(channel, person)
            .query(Long.class)
            .single()
        == 1;
  }

  private UUID publicChannel(String name) {
    var created = admin.post(
        "/api/v1/channels",
        Map.of(
            "kind", "PUBLIC", "name", name + " " + UUID.randomUUID().toString().substring(0, 6)));
    assertThat(created.status()).isEqualTo(201);
    return UUID.fromString(created.body().path("id").asString());
  }

  private String nameOf(UUID channel) {
    return admin.get("/api/v1/channels/" + channel).body().path("name").asString();
  }

  private Api.Response setDefaults(List<UUID> channelIds) {
    return admin.put("/api/v1/admin/default-channels", Map.of("channelIds", channelIds));
  }

  private UUID department(String name, UUID parent) {
    var created = admin.post(
        "/api/v1/departments",
        Map.of(
            "name", name + " " + UUID.randomUUID().toString().substring(0, 6), "parentId", parent));
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    return UUID.fromString(created.body().path("id").asString());
  }
}
