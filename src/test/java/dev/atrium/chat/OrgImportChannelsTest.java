package dev.atrium.chat;

import static dev.atrium.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.org.OrgImported;
import dev.atrium.org.PersonCreated;
import dev.atrium.support.Api;
import dev.atrium.support.DomainEvents;
import dev.atrium.support.People;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

/**
 * Chat follows an org import whole, after its commit: one set-based pass makes the new departments'
 * channels and seats the import's people in their department channels and the default channels,
 * each channel announced by one entry rather than one per person; the per-person events the import
 * marks cost chat nothing, and a replay of the import changes nothing.
 */
@IntegrationTest
class OrgImportChannelsTest {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  ApplicationEventPublisher publisher;

  @Autowired
  TransactionTemplate transactions;

  Api admin;
  UUID root;
  DomainEvents events;

  @BeforeEach
  void theCompany() {
    admin = People.admin(port);
    root = People.rootDepartment(admin);
    events = new DomainEvents(publisher, transactions, jdbc);
  }

  @Test
  void anImportIsSeatedInOnePassAndAReplayChangesNothing() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String top = "导入中心" + suffix;
    UUID old = department("原部门");
    People.Person mover = People.create(port, admin, "调岗者", old);
    events.awaitHandled(mover.id()); // their own default-channel listener has run, with no defaults
    UUID oldChannel = channelOf(old);
    UUID welcome = publicChannel("welcome");
    long welcomeSeq = lastSeq(welcome);
    setDefaults(List.of(welcome));
    try {
      StringBuilder csv = new StringBuilder("name,email,department\n");
      List<String> emails = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        emails.add(People.uniqueEmail("a" + i));
        csv.append("甲组成员").append(i).append(',').append(emails.getLast()).append(',');
        csv.append(top).append("/甲组\n");
      }
      for (int i = 0; i < 3; i++) {
        emails.add(People.uniqueEmail("b" + i));
        csv.append("乙组成员").append(i).append(',').append(emails.getLast()).append(',');
        csv.append(top).append("/乙组\n");
      }
      csv.append("调岗者,").append(mover.email()).append(',').append(top).append("/乙组\n");

      var imported = admin.upload(
          "/api/v1/admin/org-import?dryRun=false",
          "file",
          "org.csv",
          csv.toString().getBytes(StandardCharsets.UTF_8));
      assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);

      List<UUID> created = idsOf(emails);
      UUID centre = departmentNamed(top, root);
      UUID teamA = departmentNamed("甲组", centre);
      UUID teamB = departmentNamed("乙组", centre);
      events.awaitHandled(created.getFirst());

      UUID centreChannel = channelOf(centre);
      UUID teamAChannel = channelOf(teamA);
      UUID teamBChannel = channelOf(teamB);
      List<UUID> inB = new ArrayList<>(created.subList(25, 28));
      inB.add(mover.id());
      List<UUID> everyone = new ArrayList<>(created);
      everyone.add(mover.id());
      assertThat(members(teamAChannel)).containsExactlyInAnyOrderElementsOf(created.subList(0, 25));
      assertThat(members(teamBChannel)).containsExactlyInAnyOrderElementsOf(inB);
      assertThat(members(centreChannel)).containsExactlyInAnyOrderElementsOf(everyone);
      assertThat(members(channelOf(root))).containsAll(everyone);
      assertThat(members(oldChannel))
          .as("the mover left their old department's")
          .isEmpty();
      assertThat(members(welcome))
          .as("the people it made join the default channels; the mover was here before")
          .containsAll(created)
          .doesNotContain(mover.id());
      assertThat(grantHolders(teamBChannel))
          .as("each seat comes with its member grant")
          .containsExactlyInAnyOrderElementsOf(inB);

      // one entry announces each new channel, and one the 28 newcomers of the default channel; the
      // one person who left a channel gets the entry they would get alone
      assertThat(List.of(lastSeq(centreChannel), lastSeq(teamAChannel), lastSeq(teamBChannel)))
          .containsOnly(1L);
      assertThat(lastSeq(welcome)).isEqualTo(welcomeSeq + 1);
      assertThat(lastKind(welcome)).isEqualTo("channel.updated");
      assertThat(lastKind(oldChannel)).isEqualTo("member.left");

      List<Long> before = List.of(
          lastSeq(centreChannel), lastSeq(welcome), lastSeq(oldChannel), lastSeq(channelOf(root)));
      events.publish(new OrgImported(
          29,
          3,
          28,
          1,
          List.of(centre, teamA, teamB),
          created,
          List.of(mover.id()),
          List.of(mover.id())));
      events.awaitHandled(centre);
      assertThat(List.of(
              lastSeq(centreChannel),
              lastSeq(welcome),
              lastSeq(oldChannel),
              lastSeq(channelOf(root))))
          .as("a replayed import finds everyone seated")
          .isEqualTo(before);
      assertThat(members(teamBChannel)).containsExactlyInAnyOrderElementsOf(inB);
    } finally {
      setDefaults(List.of());
    }
  }

  @Test
  void aPersonEventAnImportMarkedCostsChatNothing() {
    UUID design = department("设计部");
    People.Person person = People.create(port, admin, "设计师", design);
    events.awaitHandled(person.id());
    UUID channel = channelOf(design);
    jdbc.sql("delete from chat.channel_member where person_id = ? and channel_id = ?")
        .params(person.id(), channel)
        .update();

    PersonCreated event =
        new PersonCreated(person.id(), "设计师", person.email(), design, false, true);
    events.publish(event);
    assertThat(jdbc.sql(
                "select count(*) from shared.event_publication where listener_id like 'dev.atrium.chat.%' and serialized_event like ?")
            .param("%" + person.id() + "%")
            .query(Long.class)
            .single())
        .as("no publication is even recorded for chat's listeners")
        .isZero();
    events.awaitHandled(person.id());
    assertThat(members(channel))
        .as("passed by: the import's own pass seats people")
        .isEmpty();

    events.publish(new PersonCreated(person.id(), "设计师", person.email(), design, false, false));
    eventually(() -> members(channel), in -> in.contains(person.id()));
  }

  private List<UUID> idsOf(List<String> emails) {
    List<UUID> ids = new ArrayList<>();
    for (String email : emails) {
      ids.add(jdbc.sql("select id from org.person where email = ?")
          .param(email)
          .query(UUID.class)
          .single());
    }
    return ids;
  }

  private UUID departmentNamed(String name, UUID parent) {
    return jdbc.sql("select id from org.department where name = ? and parent_id = ?")
        .params(name, parent)
        .query(UUID.class)
        .single();
  }

  private List<UUID> members(UUID channel) {
    return jdbc.sql("select person_id from chat.channel_member where channel_id = ?")
        .param(channel)
        .query(UUID.class)
        .list();
  }

  private List<UUID> grantHolders(UUID channel) {
    return jdbc.sql(
            "select subject_id from access.resource_grant where resource_type = 'chat.channel' and resource_id = ?")
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

  private String lastKind(UUID channel) {
    return jdbc.sql(
            "select event ->> 'kind' from realtime.stream_entry where resource_id = ? order by seq desc limit 1")
        .param(channel)
        .query(String.class)
        .single();
  }

  private UUID channelOf(UUID departmentId) {
    var response = admin.post("/api/v1/channels/department", Map.of("departmentId", departmentId));
    assertThat(response.status()).as(response.body().toString()).isIn(200, 201);
    return UUID.fromString(response.body().path("id").asString());
  }

  private UUID publicChannel(String name) {
    var created = admin.post(
        "/api/v1/channels",
        Map.of(
            "kind", "PUBLIC", "name", name + " " + UUID.randomUUID().toString().substring(0, 6)));
    assertThat(created.status()).isEqualTo(201);
    return UUID.fromString(created.body().path("id").asString());
  }

  private void setDefaults(List<UUID> channelIds) {
    assertThat(admin
            .put("/api/v1/admin/default-channels", Map.of("channelIds", channelIds))
            .status())
        .isEqualTo(200);
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
