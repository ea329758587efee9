package dev.atrium.calendar;

import static dev.atrium.calendar.InteropSteps.event;
import static dev.atrium.calendar.InteropSteps.id;
import static dev.atrium.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.access.Subject;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Events are found by title, place and description by those who may read their calendar and by
 * those invited; a private event only by its organiser and attendees, so a reader of the calendar
 * finds it neither in search nor as a card; a cancelled event leaves the search. A link to an event
 * unfurls as its card for those who may see it, and a meeting scheduled from a conversation is
 * posted there by its organiser and its card follows the meeting.
 */
@IntegrationTest
class EventSearchTest {

  @LocalServerPort
  int port;

  @Autowired
  Events events;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  PlatformTransactionManager transactions;

  @Test
  void eventsAreFoundByReadersAndAttendeesAndPrivateOnesByAttendeesOnly() {
    Api admin = People.admin(port);
    var ann = People.create(port, admin, "检索日程 Ann");
    var guestOfHonour = People.create(port, admin, "检索日程 受邀者");
    var reader = People.create(port, admin, "检索日程 读者");
    var stranger = People.create(port, admin, "检索日程 外人");
    String mark = "ev" + UUID.randomUUID().toString().substring(0, 6);
    UUID calendar = InteropSteps.personal(ann.api(), ann.id());
    InteropSteps.grant(ann.api(), calendar, ann.id(), reader.id(), "READER");
    UUID review = id(event(
        ann.api(),
        calendar,
        Map.of(
            "title",
            "季度预算评审 " + mark,
            "location",
            "三号会议室",
            "description",
            doc("核对差旅报销"),
            "attendees",
            List.of(Map.of("kind", "PERSON", "id", guestOfHonour.id())))));
    UUID doctor = id(event(
        ann.api(),
        calendar,
        Map.of(
            "title",
            "看牙医 " + mark,
            "private",
            true,
            "attendees",
            List.of(Map.of("kind", "PERSON", "id", guestOfHonour.id())))));

    JsonNode hit = eventually(() -> hit(ann.api(), "预算 " + mark, review), h -> h != null);
    assertThat(hit.path("link").asString()).isEqualTo("/calendar/events/" + review);
    assertThat(hit(reader.api(), "三号会议室 " + mark, review))
        .as("a reader, by place")
        .isNotNull();
    assertThat(hit(guestOfHonour.api(), "差旅报销", review))
        .as("an attendee, by description")
        .isNotNull();
    assertThat(found(stranger.api(), mark)).as("free/busy alone finds nothing").isEmpty();

    eventually(() -> hit(ann.api(), "牙医 " + mark, doctor), h -> h != null);
    assertThat(hit(guestOfHonour.api(), "牙医 " + mark, doctor)).isNotNull();
    assertThat(found(reader.api(), mark))
        .as("a reader never finds a private event")
        .doesNotContain(doctor.toString());

    assertThat(cards(reader.api(), "/calendar/events/" + doctor))
        .as("nor gets its card")
        .isEmpty();
    JsonNode card = cards(guestOfHonour.api(), "/calendar/events/" + review).getFirst();
    assertThat(card.path("preview").path("title").asString()).isEqualTo("季度预算评审 " + mark);
    assertThat(card.path("preview").path("excerpt").asString()).isEqualTo("三号会议室");
    assertThat(card.path("preview")
            .path("people")
            .valueStream()
            .map(JsonNode::asString)
            .toList())
        .as("who accepted: the organiser")
        .containsExactly("检索日程 Ann");

    assertThat(ann.api().delete("/api/v1/events/" + review + "?scope=ALL").status())
        .isBetween(200, 204);
    eventually(() -> hit(ann.api(), "预算 " + mark, review), h -> h == null);
  }

  @Test
  void aMeetingScheduledFromAConversationIsPostedThere() {
    Api admin = People.admin(port);
    var ann = People.create(port, admin, "会话日程 Ann");
    var bo = People.create(port, admin, "会话日程 Bo");
    UUID channel = UUID.fromString(ann.api()
        .post(
            "/api/v1/channels",
            Map.of(
                "kind", "PRIVATE", "name", "排期 " + UUID.randomUUID().toString().substring(0, 6)))
        .body()
        .path("id")
        .asString());
    assertThat(ann.api()
            .post("/api/v1/channels/" + channel + "/members", Map.of("personId", bo.id()))
            .status())
        .isLessThan(300);
    UUID calendar = InteropSteps.personal(ann.api(), ann.id());
    UUID meeting = id(event(
        ann.api(),
        calendar,
        Map.of(
            "title", "发布复盘",
            "attendees", List.of(Map.of("kind", "PERSON", "id", bo.id())),
            "source", Map.of("channelId", channel))));

    String link = "/calendar/events/" + meeting;
    JsonNode messages = eventually(
        () -> bo.api().get("/api/v1/channels/" + channel + "/messages").body(),
        m -> m.toString().contains(link));
    JsonNode post = messages.findParents("body").stream()
        .filter(m -> m.path("body").asString().contains(link))
        .findFirst()
        .orElseThrow();
    assertThat(post.toString()).contains(ann.id().toString());
    assertThat(post.path("body").asString()).contains("发布复盘");

    // cancelled: the conversation is told, and the card shows it so
    long before = bo.api()
        .get("/api/v1/channels/" + channel + "/stream?after=0")
        .body()
        .path("lastSeq")
        .asLong();
    assertThat(ann.api().delete("/api/v1/events/" + meeting + "?scope=ALL").status())
        .isBetween(200, 204);
    JsonNode told = eventually(
        () -> bo.api()
            .get("/api/v1/channels/" + channel + "/stream?after=" + before)
            .body(),
        page -> page.path("entries").toString().contains("card.changed"));
    assertThat(told.path("entries").toString()).contains("\"link\":\"" + link + "\"");
    assertThat(cards(bo.api(), link).getFirst().path("preview").path("state").asString())
        .isEqualTo("CANCELLED");
  }

  /**
   * The conversation hears of an event's changes only when the event came from one: the writing
   * transaction decides, so cancelling any other event leaves its listener no publication.
   */
  @Test
  void onlyAnEventFromAConversationGivesItsListenerWork() {
    Api admin = People.admin(port);
    var ann = People.create(port, admin, "会话发布 Ann");
    UUID channel = UUID.fromString(ann.api()
        .post(
            "/api/v1/channels",
            Map.of(
                "kind", "PRIVATE", "name", "周会 " + UUID.randomUUID().toString().substring(0, 6)))
        .body()
        .path("id")
        .asString());
    UUID calendar = InteropSteps.personal(ann.api(), ann.id());
    UUID fromChat = id(event(ann.api(), calendar, Map.of("source", Map.of("channelId", channel))));
    UUID plain = id(event(ann.api(), calendar, Map.of()));
    Subject subject = new Subject(ann.id(), false);

    assertThat(conversationPublicationsOnCancelling(subject, plain)).isZero();
    assertThat(conversationPublicationsOnCancelling(subject, fromChat)).isEqualTo(1);
  }

  /**
   * The publications for the conversation's card the cancellation wrote, counted before it commits
   * (the creation's own, for the post in the conversation, may still be pending: not counted).
   */
  private long conversationPublicationsOnCancelling(Subject subject, UUID eventId) {
    return new TransactionTemplate(transactions).execute(status -> {
      events.cancel(subject, eventId, EditScope.ALL, null);
      return jdbc.sql("""
              select count(*) from shared.event_publication
               where listener_id like '%ConversationEvents%'
                 and event_type like '%ConversationEventChanged' and serialized_event like ?
              """).param("%" + eventId + "%").query(Long.class).single();
    });
  }

  /**
   * The event carries only its page's id; the page's card (its title, space and text) is told by
   * the knowledge base to those who may read the page, and to nobody else, invited or not.
   */
  @Test
  void anEventShowsItsPageAsACardOnlyToThoseWhoMayReadThePage() {
    Api admin = People.admin(port);
    var ann = People.create(port, admin, "议程页 Ann");
    var bo = People.create(port, admin, "议程页 Bo");
    var cy = People.create(port, admin, "议程页 Cy");
    String mark = UUID.randomUUID().toString().substring(0, 6);
    var space =
        ann.api().post("/api/v1/spaces", Map.of("kind", "PROJECT", "name", "周会知识库 " + mark));
    assertThat(space.status()).as("%s", space.body()).isEqualTo(201);
    UUID spaceId = id(space.body());
    var granted = ann.api()
        .put(
            "/api/v1/spaces/" + spaceId + "/grants",
            Map.of(
                "grants",
                List.of(
                    Map.of("kind", "PERSON", "id", ann.id(), "role", "ADMIN"),
                    Map.of("kind", "PERSON", "id", bo.id(), "role", "READ"))));
    assertThat(granted.status()).as("%s", granted.body()).isEqualTo(200);
    var page = ann.api().post("/api/v1/pages", Map.of("spaceId", spaceId, "title", "周会议程 " + mark));
    assertThat(page.status()).as("%s", page.body()).isEqualTo(201);
    UUID pageId = id(page.body());
    UUID meeting = id(event(
        ann.api(),
        InteropSteps.personal(ann.api(), ann.id()),
        Map.of(
            "title",
            "周会 " + mark,
            "docPageId",
            pageId,
            "attendees",
            List.of(
                Map.of("kind", "PERSON", "id", bo.id()),
                Map.of("kind", "PERSON", "id", cy.id())))));

    JsonNode seenByBo = bo.api().get("/api/v1/events/" + meeting).body();
    assertThat(seenByBo.path("docPageId").asString()).isEqualTo(pageId.toString());
    JsonNode card = cards(bo.api(), "/docs/pages/" + pageId).getFirst();
    assertThat(card.path("kind").asString()).isEqualTo("page");
    assertThat(card.path("preview").path("title").asString()).isEqualTo("周会议程 " + mark);

    JsonNode seenByCy = cy.api().get("/api/v1/events/" + meeting).body();
    assertThat(seenByCy.path("title").asString()).isEqualTo("周会 " + mark);
    assertThat(seenByCy.toString()).as("the event names no page").doesNotContain("周会议程");
    assertThat(cards(cy.api(), "/docs/pages/" + pageId))
        .as("an attendee who may not read the page gets no card")
        .isEmpty();
    var cysOwn = cy.api()
        .post(
            "/api/v1/calendars/" + InteropSteps.personal(cy.api(), cy.id()) + "/events",
            Map.of(
                "title", "抄来的议程",
                "start", "2027-05-03T01:00:00Z",
                "end", "2027-05-03T02:00:00Z",
                "timeZone", "Asia/Shanghai",
                "docPageId", pageId));
    assertThat(cysOwn.status()).as("nor may link it").isEqualTo(400);
    assertThat(cysOwn.body().path("code").asString()).isEqualTo("calendar.page-unknown");
  }

  private static Map<String, Object> doc(String text) {
    return Map.of(
        "type",
        "doc",
        "content",
        List.of(
            Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", text)))));
  }

  private static List<JsonNode> cards(Api api, String path) {
    var answer = api.post("/api/v1/unfurl", Map.of("urls", List.of(path)));
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    return answer.body().path("cards").valueStream().toList();
  }

  private static JsonNode hit(Api api, String query, UUID event) {
    for (JsonNode hit : search(api, query).findParents("link")) {
      if (hit.path("id").asString().equals(event.toString())) {
        return hit;
      }
    }
    return null;
  }

  private static List<String> found(Api api, String query) {
    return search(api, query).findValuesAsString("id");
  }

  private static JsonNode search(Api api, String query) {
    var answer =
        api.get("/api/v1/search?kind=event&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    return answer.body();
  }
}
