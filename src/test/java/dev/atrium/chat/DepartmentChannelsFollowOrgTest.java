package dev.atrium.chat;

import static dev.atrium.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.DomainEvents;
import dev.atrium.support.People;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Department channels follow the org tree after org's commits: an org change never waits for chat
 * nor depends on it, chat catches up once it can, and the reconciliation repairs whatever differs.
 */
@IntegrationTest
class DepartmentChannelsFollowOrgTest {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  DataSource dataSource;

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
    company = channelOf(root);
  }

  @Test
  void anOrgChangeCommitsWhileChatCannotFollowAndChatCatchesUpLater() throws Exception {
    UUID design = department("设计部");
    UUID channel = channelOf(design);
    UUID person;
    // another transaction holds the department channel's row, as a long write would: chat's
    // listener
    // cannot append the newcomer's member.joined entry until it lets go
    try (Connection blocker = dataSource.getConnection()) {
      blocker.setAutoCommit(false);
      try (PreparedStatement lock =
          blocker.prepareStatement("select id from chat.channel where id = ? for update")) {
        lock.setObject(1, channel);
        lock.executeQuery();
      }
      var created = admin.post(
          "/api/v1/people",
          Map.of("name", "新人", "email", People.uniqueEmail("f"), "primaryDepartmentId", design));
      assertThat(created.status()).as("the org change does not wait for chat").isEqualTo(201);
      person = UUID.fromString(created.body().path("id").asString());

      assertThat(
              admin.get("/api/v1/people/" + person).body().path("departmentId").asString())
          .as("committed and visible")
          .isEqualTo(design.toString());
      assertThat(isIn(channel, person)).isFalse();
      assertThat(isIn(company, person))
          .as("chat's change is one transaction, not applied in part")
          .isFalse();
      assertThat(openPublications(person)).as("chat's work is still owed").isPositive();
      blocker.rollback();
    }

    eventually(() -> isIn(channel, person) && isIn(company, person), in -> in);
    new DomainEvents(publisher, transactions, jdbc).awaitHandled(person);
  }

  @Test
  void theReconciliationRepairsDriftAndWritesNothingWhenInStep() {
    UUID sales = department("销售部");
    UUID channel = channelOf(sales);
    People.Person kept = People.create(port, admin, "留下的人", sales);
    People.Person dropped = People.create(port, admin, "被漏掉的人", sales);
    People.Person stranger = People.create(port, admin, "外人", department("研发部"));
    UUID gone = department("撤销部");
    UUID goneChannel = channelOf(gone);
    String name = admin.get("/api/v1/channels/" + channel).body().path("name").asString();

    // drift, as a lost event or a bug would leave it
    jdbc.sql("delete from chat.channel_member where channel_id = ? and person_id = ?")
        .params(channel, dropped.id())
        .update();
    jdbc.sql(
            "insert into chat.channel_member (channel_id, person_id, joined_at) values (?, ?, now())")
        .params(channel, stranger.id())
        .update();
    jdbc.sql("update chat.channel set name = 'drifted' where id = ?")
        .param(channel)
        .update();
    jdbc.sql("delete from org.department where id = ?").param(gone).update();

    assertThat(
            kept.api().post("/api/v1/admin/department-channels/reconcile", null).status())
        .isEqualTo(403);
    var repaired = admin.post("/api/v1/admin/department-channels/reconcile", null);
    assertThat(repaired.status()).isEqualTo(200);
    assertThat(repaired.body().path("joined").asInt()).isPositive();
    assertThat(repaired.body().path("left").asInt()).isPositive();
    assertThat(repaired.body().path("channelsChanged").asInt())
        .as("renamed back, and archived")
        .isGreaterThanOrEqualTo(2);

    assertThat(members(channel)).containsExactlyInAnyOrder(kept.id(), dropped.id());
    assertThat(admin.get("/api/v1/channels/" + channel).body().path("name").asString())
        .isEqualTo(name);
    assertThat(jdbc.sql("select archived from chat.channel where id = ?")
            .param(goneChannel)
            .query(Boolean.class)
            .single())
        .as("a channel whose department is gone is archived, its history kept")
        .isTrue();
    assertThat(dropped.api().get("/api/v1/channels").body().findValuesAsString("id"))
        .contains(channel.toString());

    long seq = lastSeq(channel);
    departmentChannels.reconcile();
    assertThat(lastSeq(channel)).as("a second pass finds nothing to change").isEqualTo(seq);
    assertThat(members(channel)).containsExactlyInAnyOrder(kept.id(), dropped.id());
  }

  private long openPublications(UUID id) {
    return jdbc.sql(
            "select count(*) from shared.event_publication where completion_date is null and serialized_event like ?")
        .param("%" + id + "%")
        .query(Long.class)
        .single();
  }

  private boolean isIn(UUID channel, UUID person) {
    return jdbc.sql(
                "select count(*) from chat.channel_member where channel_id = ? and person_id = ?")
            .params(channel, person)
            .query(Long.class)
            .single()
        == 1;
  }

  private java.util.List<UUID> members(UUID channel) {
    return jdbc.sql("select person_id from chat.channel_member where channel_id = ?")
        .param(channel)
        .query(UUID.class)
        .list();
  }

  private long lastSeq(UUID channel) {
    return jdbc.sql("select last_seq from chat.channel where id = ?")
        .param(channel)
        .query(Long.class)
        .single();
  }

  private UUID channelOf(UUID departmentId) {
    var response = admin.post("/api/v1/channels/department", Map.of("departmentId", departmentId));
    // 201: made by this call, ahead of its department's listener
    assertThat(response.status()).as(response.body().toString()).isIn(200, 201);
    return UUID.fromString(response.body().path("id").asString());
  }

  private UUID department(String name) {
    var created = admin.post(
        "/api/v1/departments",
        Map.of(
            "name", name + " " + UUID.randomUUID().toString().substring(0, 6), "parentId", root));
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    return UUID.fromString(created.body().path("id").asString());
  }
}
