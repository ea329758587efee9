package dev.atrium.access.matrix;

import static dev.atrium.access.matrix.Row.map;
import static dev.atrium.access.matrix.Row.on;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.doc.Pages;
import dev.atrium.mail.internal.PersonalMailboxes;
import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls every endpoint that addresses an object on real objects (a private channel, a restricted
 * page, a file on it, someone's notification…) as each {@link Actor}, and compares each answer with
 * the table in {@link #rows()}. {@code EveryEndpointHasAnAccessRuleTest} proves who may call an
 * endpoint at all; this proves who may call it on <em>this</em> object, so an insider/outsider
 * mistake fails here. An endpoint the application serves that has neither a row nor a reason in
 * {@link #NOT_ADDRESSING_AN_OBJECT} fails {@link #everyEndpointHasARealResourceCase()}.
 *
 * <p>Objects are made once per class ({@link Cast}, {@link ChatFixture}, {@link DocFixture}); rows
 * run in the order written, actors in column order, and a call that would change an object for the
 * cells after it runs on a fresh object per actor ({@code fresh}).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealResourceMatrixTest {

  /**
   * Endpoints that address no object of anyone else's, and why; their callers are covered by
   * {@code EveryEndpointHasAnAccessRuleTest} (who may call at all) and the tests named.
   */
  static final Map<String, String> NOT_ADDRESSING_AN_OBJECT = Map.ofEntries(
      entry("GET /api/v1/auth/csrf", "public"),
      entry("POST /api/v1/auth/sign-in", "public"),
      entry("POST /api/v1/auth/sign-out", "public"),
      entry("GET /api/v1/openapi.json", "public"),
      entry("GET /api/v1/openapi.json/swagger-config", "public"),
      entry("GET /api/v1/openapi.json.yaml", "public"),
      entry("GET /api/v1/docs", "public"),
      entry("GET /api/v1/me", "the caller's own account"),
      entry("GET /api/v1/calendar/feed", "the caller's own feed URL (CalendarFeedTest)"),
      entry("POST /api/v1/calendar/feed", "the caller's own feed URL (CalendarFeedTest)"),
      entry("DELETE /api/v1/calendar/feed", "the caller's own feed URL (CalendarFeedTest)"),
      entry(
          "GET /api/v1/calendar-feeds/{token}",
          "public: the secret in the path is the credential (CalendarFeedTest)"),
      entry(
          "GET /api/v1/notifications/digest",
          "the caller's own digest (NotificationPreferencesTest)"),
      entry(
          "POST /api/v1/admin/department-channels/reconcile",
          "installation-wide, system administrators only (DepartmentChannelsFollowOrgTest)"),
      entry("PATCH /api/v1/me/preferences", "the caller's own account"),
      entry("PATCH /api/v1/me/profile", "the caller's own account"),
      entry("PUT /api/v1/me/password", "the caller's own account"),
      entry("GET /api/v1/me/sessions", "the caller's own sessions"),
      entry("POST /api/v1/me/mfa/totp", "the caller's own second factor"),
      entry("POST /api/v1/me/mfa/totp/confirm", "the caller's own second factor"),
      entry("DELETE /api/v1/me/mfa/totp", "the caller's own second factor"),
      entry("GET /api/v1/me/tokens", "the caller's own tokens"),
      entry("POST /api/v1/me/tokens", "the caller's own tokens"),
      entry("GET /api/v1/departments", "org: the tree, filtered for guests (OrgHttpTests)"),
      entry(
          "POST /api/v1/departments",
          "org: scoped by department, PowerOrderingTest and OrgHttpTests"),
      entry("PATCH /api/v1/departments/{id}", "org: scoped by department, OrgHttpTests"),
      entry("DELETE /api/v1/departments/{id}", "org: scoped by department, OrgHttpTests"),
      entry("GET /api/v1/people", "org: the directory, filtered for guests (OrgHttpTests)"),
      entry("POST /api/v1/people", "org: scoped by department, PowerOrderingTest"),
      entry("GET /api/v1/people/{id}", "org: the directory, OrgHttpTests"),
      entry(
          "PATCH /api/v1/people/{id}", "org: every pair of actor and target in PowerOrderingTest"),
      entry(
          "PUT /api/v1/people/{id}/memberships",
          "org: every pair of actor and target in PowerOrderingTest"),
      entry(
          "POST /api/v1/people/{id}/suspend",
          "org: every pair of actor and target in PowerOrderingTest"),
      entry(
          "POST /api/v1/people/{id}/reactivate",
          "org: every pair of actor and target in PowerOrderingTest"),
      entry(
          "POST /api/v1/people/{id}/reset-password",
          "org: every pair of actor and target in PowerOrderingTest"),
      entry("GET /api/v1/groups", "org: groups, filtered for guests (GroupsTests)"),
      entry("POST /api/v1/groups", "system administrators only"),
      entry("GET /api/v1/groups/{id}", "org: GroupsTests"),
      entry("PATCH /api/v1/groups/{id}", "system administrators only"),
      entry("DELETE /api/v1/groups/{id}", "system administrators only"),
      entry("PUT /api/v1/groups/{id}/members", "system administrators only"),
      entry("POST /api/v1/admin/org-import", "system administrators only"),
      entry("GET /api/v1/admin/settings", "system administrators only"),
      entry("PUT /api/v1/admin/settings", "system administrators only"),
      entry("GET /api/v1/admin/audit", "system administrators only"),
      entry("GET /api/v1/admin/audit/integrity", "system administrators only"),
      entry("GET /api/v1/admin/role-grants", "system administrators only"),
      entry("POST /api/v1/admin/role-grants", "system administrators only, PowerOrderingTest"),
      entry(
          "DELETE /api/v1/admin/role-grants/{id}", "system administrators only, PowerOrderingTest"),
      entry("GET /api/v1/admin/default-channels", "system administrators only"),
      entry("PUT /api/v1/admin/default-channels", "system administrators only"),
      entry("GET /api/v1/admin/attachment-limits", "system administrators only"),
      entry("PUT /api/v1/admin/attachment-limits", "system administrators only"),
      entry("GET /api/v1/admin/search/index", "system administrators only"),
      entry("POST /api/v1/admin/search/index/rebuild", "system administrators only"),
      entry("POST /api/v1/channels", "makes a new channel of the caller's"),
      entry(
          "POST /api/v1/channels/direct",
          "opens the caller's own conversation; guests refused (ChatHttpTest)"),
      entry(
          "POST /api/v1/channels/group",
          "makes a new conversation of the caller's; guests refused"),
      entry("PUT /api/v1/presence/dnd", "the caller's own status"),
      entry("DELETE /api/v1/presence/dnd", "the caller's own status"),
      entry("POST /api/v1/files", "a new upload of the caller's"),
      entry("GET /api/v1/files/limits", "the size limit, the same for everyone"),
      entry("GET /api/v1/notifications/unread-count", "the caller's own count"),
      entry("POST /api/v1/notifications/read-all", "the caller's own notifications"),
      entry("GET /api/v1/notifications/preferences", "the caller's own settings"),
      entry("PUT /api/v1/notifications/preferences", "the caller's own settings"),
      entry(
          "GET /api/v1/pages/{id}/collab",
          "a WebSocket: SocketsKeepPrivateThingsPrivateTest opens it as each actor"),
      entry("GET /api/v1/ws", "a WebSocket: SocketsKeepPrivateThingsPrivateTest"),
      entry("POST /api/v1/announcements", "a new draft of the caller's"),
      entry(
          "GET /api/v1/calendar/invitations",
          "the caller's own invitations (CalendarInvitationsTest)"),
      entry(
          "GET /api/v1/calendar/free-busy",
          "busy times only, never what they are; a person hidden when their calendar gives the"
              + " caller nothing (FreeBusyTest)"),
      entry(
          "GET /api/v1/calendar/find-time",
          "free times only, from the same free/busy (FreeBusyTest)"),
      entry(
          "POST /api/v1/task-projects/{id}/import",
          "a CSV upload the matrix's JSON calls cannot make: a viewer refused, an outsider 404 in"
              + " TaskExportImportTest"),
      entry(
          "POST /api/v1/calendars/{id}/import",
          "an .ics upload the matrix's JSON calls cannot make: a reader refused in"
              + " CalendarImportTest"),
      entry(
          "POST /api/v1/announcements/audience-size",
          "the caller's own audience, decided by who they may address (AnnouncementBadInputTest)"),
      entry("GET /api/v1/announcement-categories", "the categories, the same for everyone"),
      entry("GET /api/v1/rooms", "the rooms, the same for everyone (RoomBookingTest)"),
      entry("POST /api/v1/rooms", "system administrators only (RoomBookingTest)"),
      entry("PUT /api/v1/admin/announcement-categories", "system administrators only"),
      entry("GET /api/v1/admin/announcement-settings", "system administrators only"),
      entry("PUT /api/v1/admin/announcement-settings", "system administrators only"),
      entry("POST /api/v1/task-projects", "a new project of the caller's; guests refused"),
      entry("POST /api/v1/calendars", "a new calendar of the caller's; guests refused"),
      entry("GET /api/v1/mail/admin/domains", "system administrators only (MailDomainsTest)"),
      entry("POST /api/v1/mail/admin/domains", "system administrators only (MailDomainsTest)"),
      entry("DELETE /api/v1/mail/admin/domains", "system administrators only (MailDomainsTest)"),
      entry(
          "PUT /api/v1/mail/admin/default-domain", "system administrators only (MailDomainsTest)"),
      entry("GET /api/v1/mail/admin/lists", "system administrators only (MailAddressesTest)"),
      entry("POST /api/v1/mail/admin/lists", "system administrators only (MailAddressesTest)"),
      entry(
          "GET /api/v1/mail/admin/shared-mailboxes",
          "system administrators only (SharedMailboxesTest)"),
      entry(
          "POST /api/v1/mail/admin/shared-mailboxes",
          "system administrators only (SharedMailboxesTest)"),
      entry(
          "GET /api/v1/mail/contacts",
          "the directory as the caller may see it; guests find only themselves (SharedMailboxesTest)"));

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired
  Pages pages;

  Cast cast;
  ChatFixture chat;
  DocFixture doc;
  AnnounceFixture announce;
  TaskFixture tasks;
  TaskCommentFixture taskComments;
  RoomFixture rooms;
  CalendarInvitationFixture invitation;
  CalendarFixture calendars;
  MailFixture mail;
  MailAdminFixture mailAdmin;

  @Autowired
  PersonalMailboxes mailboxes;

  @BeforeAll
  void makeTheObjects() {
    cast = new Cast(port);
    chat = new ChatFixture(cast);
    doc = new DocFixture(cast, pages);
    announce = new AnnounceFixture(cast);
    tasks = new TaskFixture(cast);
    taskComments = new TaskCommentFixture(cast);
    rooms = new RoomFixture(cast);
    invitation = new CalendarInvitationFixture(cast);
    calendars = new CalendarFixture(cast);
    mail = new MailFixture(cast, mailboxes);
    mailAdmin = new MailAdminFixture(cast);
    Eventually.eventually(
        () -> cast.owner().get("/api/v1/search?q=" + announce.word).body().toString(),
        body -> body.contains(announce.announcement.toString()));
    // search indexes after commit; the owner finding each means it is in the index
    Eventually.eventually(
        () -> cast.owner().get("/api/v1/search?q=" + chat.messageWord).body().toString(),
        body -> body.contains(chat.message.toString()));
    Eventually.eventually(
        () -> cast.owner()
            .get("/api/v1/search?q=" + chat.pictureName.replace(".png", ""))
            .body()
            .toString(),
        body -> body.contains(chat.picture.toString()));
    Eventually.eventually(
        () -> cast.owner().get("/api/v1/search?q=" + doc.restrictedWord).body().toString(),
        body -> body.contains(doc.restrictedPage.toString()));
  }

  /*
   * Columns: OWNER  INSIDER  OTHER_DEPARTMENT  GUEST  OTHER_DEPARTMENT_ADMIN  SYSTEM_ADMIN.
   * 404 where the object is hidden from the actor, 403 where they see it but may not do this,
   * + / - whether the answer shows the marked object.
   */
  List<Row> rows() {
    UUID p = chat.privateChannel;
    UUID m = chat.message;
    String thumbsUp = "%F0%9F%91%8D";
    return List.of(
        // ---- chat: channels
        on("GET /api/v1/channels")
            .of("my channels")
            .marker(p)
            .expect("200+ 200+ 200- 200- 200- 200-"),
        on("GET /api/v1/channels/browse")
            .of("public channel, by its name")
            .query("?q=" + chat.name(chat.publicChannel))
            .marker(chat.publicChannel)
            .expect("200+ 200+ 200+ 403 200+ 200+"),
        on("GET /api/v1/channels/browse")
            .of("private channel, by its name")
            .query("?q=" + chat.name(p))
            .marker(p)
            .expect("200- 200- 200- 403 200- 200-"),
        on("GET /api/v1/channels/{id}").of("private channel", p).expect("200 200 404 404 404 404"),
        on("GET /api/v1/channels/{id}")
            .of("public channel", chat.publicChannel)
            .expect("200 200 200 404 200 200"),
        on("GET /api/v1/channels/{id}")
            .of("direct conversation", chat.direct)
            .expect("200 200 404 404 404 404"),
        on("GET /api/v1/channels/{id}")
            .of("department A's channel", chat.departmentChannel)
            .expect("200 200 404 404 404 200"),
        on("POST /api/v1/channels/department")
            .of("department A")
            .body(map("departmentId", cast.departmentA))
            .expect("403 403 403 403 403 200"),
        on("GET /api/v1/channels/{id}/members")
            .of("private channel", p)
            .expect("200 200 404 404 404 404"),
        on("GET /api/v1/channels/{id}/messages")
            .of("private channel", p)
            .expect("200 200 404 404 404 404"),
        on("GET /api/v1/channels/{id}/messages")
            .of("public channel", chat.publicChannel)
            .expect("200 200 200 404 200 200"),
        on("GET /api/v1/channels/{id}/messages")
            .of("direct conversation", chat.direct)
            .expect("200 200 404 404 404 404"),
        on("POST /api/v1/channels/{id}/messages")
            .of("private channel", p)
            .body(a -> ChatFixture.post("hi"))
            .expect("201 201 404 404 404 404"),
        on("POST /api/v1/channels/{id}/messages")
            .of("public channel", chat.publicChannel)
            .body(a -> ChatFixture.post("hi"))
            .expect("201 201 403 404 403 403"),
        on("GET /api/v1/channels/{id}/stream")
            .of("private channel", p)
            .query("?after=0")
            .expect("200 200 404 404 404 404"),
        on("POST /api/v1/channels/{id}/read")
            .of("private channel", p)
            .body(map("seq", 1))
            .expect("200 200 404 404 404 404"),
        on("POST /api/v1/channels/{id}/unread")
            .of("private channel", p)
            .body(map("seq", 1))
            .expect("200 200 404 404 404 404"),
        on("GET /api/v1/channels/{id}/read-cursors")
            .of("direct conversation", chat.direct)
            .expect("200 200 404 404 404 404"),
        on("PUT /api/v1/channels/{id}/star")
            .of("private channel", p)
            .expect("200 200 404 404 404 404"),
        on("DELETE /api/v1/channels/{id}/star")
            .of("private channel", p)
            .expect("200 200 404 404 404 404"),
        on("GET /api/v1/channels/{id}/pins")
            .of("private channel", p)
            .expect("200 200 404 404 404 404"),
        on("POST /api/v1/channels/{id}/members")
            .of("public channel", chat.publicChannel)
            .body(map("personId", cast.spare.id()))
            .expect("200 200 403 404 403 403"),
        on("GET /api/v1/channels/{id}/members")
            .of("public channel", chat.publicChannel)
            .expect("200 200 200 404 200 200"),
        on("GET /api/v1/channels/{id}/messages")
            .of("department A's channel", chat.departmentChannel)
            .expect("200 200 404 404 404 200"),
        on("POST /api/v1/channels/{id}/messages")
            .of("department A's channel", chat.departmentChannel)
            .body(a -> ChatFixture.post("部门 hi"))
            .expect("201 201 404 404 404 403"),
        on("POST /api/v1/channels/{id}/join")
            .of("department A's channel", chat.departmentChannel)
            .expect("200 200 404 404 404 403"),
        on("GET /api/v1/channels/{id}/stream")
            .of("public channel", chat.publicChannel)
            .query("?after=0")
            .expect("200 200 200 404 200 200"),
        on("POST /api/v1/channels/{id}/read")
            .of("public channel", chat.publicChannel)
            .body(map("seq", 1))
            .expect("200 200 403 404 403 403"),
        on("PUT /api/v1/channels/{id}/star")
            .of("public channel", chat.publicChannel)
            .expect("200 200 403 404 403 403"),
        on("PATCH /api/v1/channels/{id}")
            .of("private channel", p)
            .body(map("topic", "新话题"))
            .expect("200 403 404 404 404 404"),
        on("PATCH /api/v1/channels/{id}")
            .of("public channel", chat.publicChannel)
            .body(map("topic", "新话题"))
            .expect("200 403 403 404 403 403"),
        on("PATCH /api/v1/channels/{id}")
            .of("department A's channel", chat.departmentChannel)
            .body(map("topic", "部门话题"))
            .expect("403 403 404 404 404 200"),
        on("POST /api/v1/channels/{id}/members")
            .of("private channel", p)
            .body(map("personId", cast.spare.id()))
            .expect("200 403 404 404 404 404"),
        on("PUT /api/v1/channels/{id}/members/{personId}/role")
            .of("private channel's spare member", p, cast.spare.id())
            .body(map("role", "MEMBER"))
            .expect("200 403 404 404 404 404"),
        on("DELETE /api/v1/channels/{id}/members/{personId}")
            .fresh("private channel's spare member", a ->
                new Object[] {chat.privateChannel(), cast.spare.id()})
            .expect("204 403 404 404 404 404"),
        on("POST /api/v1/channels/{id}/join")
            .fresh("public channel", a -> new Object[] {chat.publicChannel()})
            .expect("200 200 200 404 200 200"),
        on("POST /api/v1/channels/{id}/join")
            .fresh("private channel", a -> new Object[] {chat.privateChannel()})
            .expect("200 200 404 404 404 404"),
        on("POST /api/v1/channels/{id}/leave")
            .fresh("private channel", a -> new Object[] {chat.privateChannel()})
            .expect("409 204 404 404 404 404"),
        on("POST /api/v1/channels/{id}/archive")
            .fresh("private channel", a -> new Object[] {chat.privateChannel()})
            .expect("200 403 404 404 404 404"),
        on("POST /api/v1/channels/{id}/unarchive")
            .fresh("archived private channel", a -> new Object[] {chat.archivedPrivateChannel()})
            .expect("200 403 404 404 404 404"),

        // ---- chat: messages
        on("GET /api/v1/messages/{id}/thread")
            .of("private message", m)
            .expect("200 200 404 404 404 404"),
        on("GET /api/v1/messages/{id}/versions")
            .of("private message", m)
            .expect("200 200 404 404 404 404"),
        on("GET /api/v1/messages/{id}/receipts")
            .of("direct message", chat.directMessage)
            .expect("200 200 404 404 404 404"),
        on("PATCH /api/v1/messages/{id}")
            .of("private message", m)
            .body(map("body", "机密（再改） " + chat.messageWord))
            .expect("200 403 404 404 404 404"),
        on("PUT /api/v1/messages/{id}/reactions/{emoji}")
            .of("private message", m, thumbsUp)
            .expect("200 200 404 404 404 404"),
        on("DELETE /api/v1/messages/{id}/reactions/{emoji}")
            .of("private message", m, thumbsUp)
            .expect("200 200 404 404 404 404"),
        on("PUT /api/v1/messages/{id}/pin")
            .of("private message", m)
            .expect("200 200 404 404 404 404"),
        on("DELETE /api/v1/messages/{id}/pin")
            .of("private message", m)
            .expect("200 200 404 404 404 404"),
        on("PUT /api/v1/messages/{id}/saved")
            .of("private message", m)
            .expect("204 204 404 404 404 404"),
        on("GET /api/v1/saved")
            .of("my saved messages")
            .marker(m)
            .expect("200+ 200+ 200- 200- 200- 200-"),
        // removes only the caller's own saved row, and answers the same for any id: it tells
        // nothing
        on("DELETE /api/v1/messages/{id}/saved")
            .of("private message", m)
            .expect("204 204 204 204 204 204"),
        on("POST /api/v1/messages/{id}/forward")
            .of("private message", m)
            .body(a ->
                map("channelId", chat.ownConversation.get(a), "clientMessageId", UUID.randomUUID()))
            .expect("201 201 404 404 404 404"),
        // a public channel's message: every member of staff sees it, only its members act in it
        on("GET /api/v1/messages/{id}/thread")
            .of("public message", chat.publicMessage)
            .expect("200 200 200 404 200 200"),
        on("GET /api/v1/messages/{id}/versions")
            .of("public message", chat.publicMessage)
            .expect("200 200 200 404 200 200"),
        on("PUT /api/v1/messages/{id}/reactions/{emoji}")
            .of("public message", chat.publicMessage, thumbsUp)
            .expect("200 200 403 404 403 403"),
        on("PUT /api/v1/messages/{id}/pin")
            .of("public message", chat.publicMessage)
            .expect("200 200 403 404 403 403"),
        on("PUT /api/v1/messages/{id}/saved")
            .of("public message", chat.publicMessage)
            .expect("204 204 204 404 204 204"),
        on("PATCH /api/v1/messages/{id}")
            .of("public message", chat.publicMessage)
            .body(map("body", "公开（改）"))
            .expect("200 403 403 404 403 403"),
        on("POST /api/v1/messages/{id}/forward")
            .of("public message", chat.publicMessage)
            .body(a ->
                map("channelId", chat.ownConversation.get(a), "clientMessageId", UUID.randomUUID()))
            .expect("201 201 201 404 201 201"),
        on("POST /api/v1/channels/{id}/messages")
            .of("reply in a public channel's thread", chat.publicChannel)
            .body(a -> map(
                "clientMessageId",
                UUID.randomUUID(),
                "body",
                "回复",
                "threadRootId",
                chat.publicMessage))
            .expect("201 201 403 404 403 403"),
        // the insider's own message, after they were removed from its channel
        on("PATCH /api/v1/messages/{id}")
            .fresh("message of the insider's, who has been removed", a ->
                new Object[] {chat.messageOfARemovedInsider()})
            .body(map("body", "改 edited"))
            .expect("403 404 404 404 404 404"),
        on("DELETE /api/v1/messages/{id}")
            .fresh("message of the insider's, who has been removed", a ->
                new Object[] {chat.messageOfARemovedInsider()})
            .expect("403 404 404 404 404 404"),
        // a message of another channel named in a post to one's own conversation: never a way in
        on("POST /api/v1/channels/{id}/messages")
            .of("quote of a private message", a -> new Object[] {chat.ownConversation.get(a)})
            .body(
                a -> map("clientMessageId", UUID.randomUUID(), "body", "引用", "quotedMessageId", m))
            .expect("404 404 404 404 404 404"),
        on("POST /api/v1/channels/{id}/messages")
            .of("reply to a private message", a -> new Object[] {chat.ownConversation.get(a)})
            .body(a -> map("clientMessageId", UUID.randomUUID(), "body", "回复", "threadRootId", m))
            .expect("404 404 404 404 404 404"),
        on("POST /api/v1/channels/{id}/messages")
            .of("a new upload of the owner's", a -> new Object[] {chat.ownConversation.get(a)})
            .body(a -> map(
                "clientMessageId",
                UUID.randomUUID(),
                "body",
                "附件",
                "attachmentIds",
                List.of(ChatFixture.upload(cast.owner()))))
            .expect("201 400 400 400 400 400"),
        on("DELETE /api/v1/messages/{id}")
            .fresh("private message", a -> new Object[] {chat.message()})
            .expect("204 403 404 404 404 404"),
        // DING: the message's author names members; only its author and recipients see it
        on("POST /api/v1/channels/{id}/messages/{seq}/ding")
            .of("private message", p, chat.messageSeq)
            .body(map("people", List.of(cast.id(Actor.INSIDER))))
            .expect("201 403 404 404 404 404"),
        on("GET /api/v1/dings")
            .of("the insider's DING")
            .marker(chat.ding)
            .expect("200- 200+ 200- 200- 200- 200-"),
        on("GET /api/v1/dings/{id}")
            .of("the insider's DING", chat.ding)
            .expect("200 200 404 404 404 404"),
        on("POST /api/v1/dings/{id}/acknowledge")
            .of("the insider's DING", chat.ding)
            .expect("403 200 404 404 404 404"),
        on("POST /api/v1/unfurl")
            .of("link to a private message")
            .body(map("urls", List.of("/messages/" + p + "/" + chat.messageSeq)))
            .marker(chat.messageWord)
            .expect("200+ 200+ 200- 200- 200- 200-"),
        on("POST /api/v1/unfurl")
            .of("link to a private channel")
            .body(map("urls", List.of("/messages/" + p)))
            .marker(chat.name(p))
            .expect("200+ 200+ 200- 200- 200- 200-"),
        on("POST /api/v1/unfurl")
            .of("link to the insider's profile")
            .body(map("urls", List.of("/directory/people/" + cast.id(Actor.INSIDER))))
            .marker("知情人 Insider")
            .expect("200+ 200+ 200+ 200- 200+ 200+"),
        on("POST /api/v1/unfurl")
            .of("link to a restricted page")
            .body(map("urls", List.of("/docs/pages/" + doc.restrictedPage)))
            .marker(doc.restrictedWord)
            .expect("200+ 200- 200- 200- 200- 200+"),
        on("GET /api/v1/presence")
            .of("the insider's presence")
            .query("?ids=" + cast.id(Actor.INSIDER))
            .marker(cast.id(Actor.INSIDER))
            .expect("200+ 200+ 200+ 200- 200+ 200+"),

        // ---- files
        on("GET /api/v1/files/{id}")
            .of("picture in a private channel", chat.picture)
            .expect("200 200 404 404 404 404"),
        on("GET /api/v1/files/{id}/thumbnail")
            .of("picture in a private channel", chat.picture)
            .expect("200 200 404 404 404 404"),
        on("GET /api/v1/files/{id}")
            .of("the owner's unattached upload", chat.unattachedUpload)
            .expect("200 404 404 404 404 404"),
        on("GET /api/v1/files/{id}")
            .of("picture of a deleted message", chat.deletedPicture)
            .expect("200 404 404 404 404 404"),
        on("GET /api/v1/files/{id}")
            .of("picture on a page", doc.picture)
            .expect("200 200 404 404 404 200"),
        on("GET /api/v1/files/{id}/thumbnail")
            .of("picture on a page", doc.picture)
            .expect("200 200 404 404 404 200"),
        on("GET /api/v1/files/{id}")
            .of("picture on a restricted page", doc.restrictedPicture)
            .expect("200 404 404 404 404 200"),

        // ---- search
        on("GET /api/v1/search")
            .of("a private message")
            .query("?q=" + chat.messageWord)
            .marker(m)
            .expect("200+ 200+ 200- 200- 200- 200-"),
        on("GET /api/v1/search")
            .of("a picture in a private channel")
            .query("?q=" + chat.pictureName.replace(".png", ""))
            .marker(chat.picture)
            .expect("200+ 200+ 200- 200- 200- 200-"),
        on("GET /api/v1/search")
            .of("a restricted page in the trash")
            .query("?q=" + doc.trashedWord)
            .marker(doc.trashedRestrictedPage)
            .expect("200- 200- 200- 200- 200- 200-"),
        on("GET /api/v1/search")
            .of("a restricted page")
            .query("?q=" + doc.restrictedWord)
            .marker(doc.restrictedPage)
            .expect("200+ 200- 200- 200- 200- 200+"),

        // ---- doc: spaces
        on("POST /api/v1/spaces")
            .of("department A's space")
            .body(map("kind", "DEPARTMENT", "departmentId", cast.departmentA, "name", "A 部门空间"))
            .expect("403 403 403 403 403 201"),
        on("GET /api/v1/spaces")
            .of("my spaces")
            .marker(doc.space)
            .expect("200+ 200+ 200- 200- 200- 200-"),
        on("GET /api/v1/spaces/{id}").of("space", doc.space).expect("200 200 404 404 404 200"),
        on("PATCH /api/v1/spaces/{id}")
            .of("space", doc.space)
            .body(map("description", "说明"))
            .expect("200 403 404 404 404 200"),
        on("GET /api/v1/spaces/{id}/grants")
            .of("space", doc.space)
            .expect("200 403 404 404 404 200"),
        on("PUT /api/v1/spaces/{id}/grants")
            .of("space", doc.space)
            .body(map("grants", doc.grants))
            .expect("200 403 404 404 404 200"),
        on("GET /api/v1/spaces/{id}/pages")
            .of("space with a restricted page", doc.space)
            .marker(doc.restrictedPage)
            .expect("200+ 200- 404 404 404 200+"),
        on("GET /api/v1/spaces/{id}/trash")
            .of("space with a restricted page in its trash", doc.space)
            .marker(doc.trashedRestrictedPage)
            .expect("200+ 200- 404 404 404 200+"),
        on("DELETE /api/v1/spaces/{id}/trash/{pageId}")
            .fresh("trashed page", a -> doc.trashedPage())
            .expect("204 403 404 404 404 204"),
        on("DELETE /api/v1/spaces/{id}/trash")
            .fresh("space with a trashed page", a -> new Object[] {doc.trashedPage()[0]})
            .expect("204 403 404 404 404 204"),
        on("POST /api/v1/spaces/{id}/archive")
            .fresh("space", a -> new Object[] {doc.space()})
            .expect("200 403 404 404 404 200"),
        on("POST /api/v1/spaces/{id}/unarchive")
            .fresh("archived space", a -> new Object[] {doc.archivedSpace()})
            .expect("200 403 404 404 404 200"),
        on("GET /api/v1/templates")
            .of("templates of the space")
            .query("?spaceId=" + doc.space)
            .marker(doc.template)
            .expect("200+ 200+ 404 404 404 200+"),
        // the system administrator may read every space, so its templates are theirs to use too
        on("GET /api/v1/templates")
            .of("every template I may use")
            .marker(doc.template)
            .expect("200+ 200+ 200- 200- 200- 200+"),
        on("POST /api/v1/templates")
            .of("page")
            .body(a -> map("pageId", doc.page, "name", ChatFixture.unique("模板")))
            .expect("201 201 404 404 404 201"),
        on("DELETE /api/v1/templates/{id}")
            .fresh("template", a -> new Object[] {doc.template()})
            .expect("204 403 404 404 404 204"),

        // ---- doc: pages
        on("POST /api/v1/pages")
            .of("space")
            .body(map("spaceId", doc.space, "title", "新页面 New"))
            .expect("201 201 404 404 404 201"),
        on("GET /api/v1/pages/{id}").of("page", doc.page).expect("200 200 404 404 404 200"),
        on("GET /api/v1/pages/{id}")
            .of("restricted page", doc.restrictedPage)
            .expect("200 404 404 404 404 200"),
        on("PATCH /api/v1/pages/{id}")
            .of("page", doc.page)
            .body(map("title", "页面 Page"))
            .expect("200 200 404 404 404 200"),
        on("PATCH /api/v1/pages/{id}")
            .of("restricted page", doc.restrictedPage)
            .body(map("tags", List.of("机密")))
            .expect("200 404 404 404 404 200"),
        on("GET /api/v1/pages/{id}/markdown")
            .of("restricted page", doc.restrictedPage)
            .expect("200 404 404 404 404 200"),
        on("GET /api/v1/pages/{id}/restrictions")
            .of("page", doc.page)
            .expect("200 200 404 404 404 200"),
        on("GET /api/v1/pages/{id}/restrictions")
            .of("restricted page", doc.restrictedPage)
            .expect("200 404 404 404 404 200"),
        on("PUT /api/v1/pages/{id}/restrictions")
            .of("restricted page", doc.restrictedPage)
            .body(doc.restrictions())
            .expect("200 404 404 404 404 200"),
        on("POST /api/v1/pages/{id}/attachments")
            .of("page", doc.page)
            .body(a -> map("fileIds", List.of(ChatFixture.upload(cast.api(a)))))
            .expect("200 200 404 404 404 200"),
        on("POST /api/v1/pages/{id}/attachments")
            .of("restricted page", doc.restrictedPage)
            .body(a -> map("fileIds", List.of(ChatFixture.upload(cast.api(a)))))
            .expect("200 404 404 404 404 200"),
        on("POST /api/v1/pages/{id}/attachments")
            .of("a file of a private channel, on one's own page", a ->
                new Object[] {doc.ownPage.get(a)})
            .body(map("fileIds", List.of(chat.picture)))
            .expect("400 400 400 400 400 400"),
        on("POST /api/v1/pages/{id}/attachments")
            .of("a new upload of the owner's, on one's own page", a ->
                new Object[] {doc.ownPage.get(a)})
            .body(a -> map("fileIds", List.of(ChatFixture.upload(cast.owner()))))
            .expect("200 400 400 400 400 400"),
        on("POST /api/v1/pages")
            .of("child of a restricted page")
            .body(map("spaceId", doc.space, "parentId", doc.restrictedPage, "title", "子页面 Child"))
            .expect("201 404 404 404 404 201"),
        on("POST /api/v1/pages/{id}/move")
            .fresh("page, under a restricted page", a -> new Object[] {doc.page()})
            .body(map("parentId", doc.restrictedPage, "position", 0))
            .expect("200 404 404 404 404 200"),
        on("POST /api/v1/pages/{id}/copy")
            .of("one's own page, into the space under a restricted page", a ->
                new Object[] {doc.ownPage.get(a)})
            .body(map("title", "副本 Copy", "spaceId", doc.space, "parentId", doc.restrictedPage))
            .expect("201 404 404 404 404 201"),
        on("POST /api/v1/templates")
            .of("restricted page")
            .body(a -> map("pageId", doc.restrictedPage, "name", ChatFixture.unique("模板")))
            .expect("400 404 404 404 404 400"),
        on("POST /api/v1/pages/{id}/move")
            .of("page", doc.page)
            .body(map("position", 0))
            .expect("200 200 404 404 404 200"),
        on("POST /api/v1/pages/{id}/copy")
            .of("restricted page", doc.restrictedPage)
            .body(map("title", "副本 Copy"))
            .expect("201 404 404 404 404 201"),
        on("PUT /api/v1/me/favourite-pages/{id}")
            .of("restricted page", doc.restrictedPage)
            .expect("204 404 404 404 404 204"),
        on("GET /api/v1/me/favourite-pages")
            .of("my favourites")
            .marker(doc.restrictedPage)
            .expect("200+ 200- 200- 200- 200- 200+"),
        // removes only the caller's own favourite, and answers the same for any id: it tells
        // nothing
        on("DELETE /api/v1/me/favourite-pages/{id}")
            .of("restricted page", doc.restrictedPage)
            .expect("204 204 204 204 204 204"),
        on("GET /api/v1/me/recent-pages")
            .of("my recent pages")
            .marker(doc.restrictedPage)
            .expect("200+ 200- 200- 200- 200- 200+"),
        on("GET /api/v1/pages/{id}/versions")
            .of("restricted page", doc.restrictedPage)
            .expect("200 404 404 404 404 200"),
        // no version is kept without a co-editing session; the code tells "no such version" from
        // "no such page"
        on("GET /api/v1/pages/{id}/versions/{number}")
            .of("restricted page's version", doc.restrictedPage, 1)
            .expect(
                "404:doc.version-not-found 404:doc.page-not-found 404:doc.page-not-found 404:doc.page-not-found "
                    + "404:doc.page-not-found 404:doc.version-not-found"),
        on("PUT /api/v1/pages/{id}/versions/{number}/name")
            .of("restricted page's version", doc.restrictedPage, 1)
            .body(map("name", "定稿"))
            .expect(
                "404:doc.version-not-found 404:doc.page-not-found 404:doc.page-not-found 404:doc.page-not-found "
                    + "404:doc.page-not-found 404:doc.version-not-found"),
        on("DELETE /api/v1/pages/{id}")
            .fresh("page", a -> new Object[] {doc.page()})
            .expect("204 204 404 404 404 204"),
        on("POST /api/v1/pages/{id}/restore")
            .fresh("trashed restricted page", a -> new Object[] {doc.trashedRestrictedPage()})
            .expect("200 404 404 404 404 200"),
        on("POST /api/v1/pages/{id}/restore")
            .fresh("trashed page", a -> new Object[] {doc.trashedPage()[1]})
            .expect("200 200 404 404 404 200"),
        on("POST /api/v1/pages/{id}/archive")
            .fresh("page", a -> new Object[] {doc.page()})
            .expect("200 200 404 404 404 200"),
        on("POST /api/v1/pages/{id}/unarchive")
            .fresh("archived page", a -> new Object[] {doc.archivedPage()})
            .expect("200 200 404 404 404 200"),

        // ---- doc: discussion
        on("GET /api/v1/pages/{id}/comments")
            .of("page", doc.page)
            .expect("200 200 404 404 404 200"),
        on("GET /api/v1/pages/{id}/comments")
            .of("restricted page", doc.restrictedPage)
            .expect("200 404 404 404 404 200"),
        on("POST /api/v1/pages/{id}/comments")
            .of("restricted page", doc.restrictedPage)
            .body(map("body", "评论"))
            .expect("201 404 404 404 404 201"),
        on("POST /api/v1/page-threads/{id}/replies")
            .of("thread on a page", doc.thread)
            .body(map("body", "回复"))
            .expect("201 201 404 404 404 201"),
        on("POST /api/v1/page-threads/{id}/replies")
            .of("thread on a restricted page", doc.restrictedThread)
            .body(map("body", "回复"))
            .expect("201 404 404 404 404 201"),
        on("POST /api/v1/page-threads/{id}/resolve")
            .of("thread on a restricted page", doc.restrictedThread)
            .expect("200 404 404 404 404 200"),
        on("POST /api/v1/page-threads/{id}/reopen")
            .of("thread on a restricted page", doc.restrictedThread)
            .expect("200 404 404 404 404 200"),
        on("PATCH /api/v1/page-comments/{id}")
            .of("the owner's comment", doc.comment)
            .body(map("body", "改过 edited"))
            .expect("200 403 404 404 404 403"),
        // the insider's own comment, after the page was restricted to the owner
        on("PATCH /api/v1/page-comments/{id}")
            .fresh("comment of the insider's on a page now restricted", a ->
                new Object[] {doc.commentOfAShutOutInsider()})
            .body(map("body", "改 edited"))
            .expect("403 404 404 404 404 403"),
        on("DELETE /api/v1/page-comments/{id}")
            .fresh("comment of the insider's on a page now restricted", a ->
                new Object[] {doc.commentOfAShutOutInsider()})
            .expect("204 404 404 404 404 204"),
        on("DELETE /api/v1/page-comments/{id}")
            .fresh("comment of the owner's", a -> new Object[] {doc.comment()})
            .expect("204 403 404 404 404 204"),
        on("GET /api/v1/pages/{id}/watch")
            .of("restricted page", doc.restrictedPage)
            .expect("200 404 404 404 404 200"),
        on("PUT /api/v1/pages/{id}/watch")
            .of("restricted page", doc.restrictedPage)
            .expect("200 404 404 404 404 200"),
        on("DELETE /api/v1/pages/{id}/watch")
            .of("restricted page", doc.restrictedPage)
            .expect("200 404 404 404 404 200"),
        on("POST /api/v1/pages/{id}/mentions")
            .of("page", doc.page)
            .body(map("personIds", List.of(cast.spare.id())))
            .expect("200 200 404 404 404 200"),

        // ---- notifications: only one's own
        on("GET /api/v1/notifications")
            .of("the owner's notification")
            .marker(doc.notification)
            .expect("200+ 200- 200- 200- 200- 200-"),
        on("POST /api/v1/notifications/{id}/read")
            .of("the owner's notification", doc.notification)
            .expect("200 404 404 404 404 404"),
        on("POST /api/v1/notifications/{id}/unread")
            .of("the owner's notification", doc.notification)
            .expect("200 404 404 404 404 404"),

        // ---- announcements: the owner's must-read to department A (the owner, the insider and the
        // spare receive it; the system administrator audits it without receiving it)
        on("GET /api/v1/announcements")
            .of("a must-read to department A")
            .marker(announce.announcement)
            .expect("200+ 200+ 200- 200- 200- 200-"),
        on("GET /api/v1/announcements/banner")
            .of("a must-read to department A")
            .marker(announce.announcement)
            .expect("200+ 200+ 200- 200- 200- 200-"),
        on("GET /api/v1/search")
            .of("a must-read to department A")
            .query("?q=" + announce.word)
            .marker(announce.announcement)
            .expect("200+ 200+ 200- 200- 200- 200-"),
        on("GET /api/v1/announcements/{id}")
            .of("a must-read to department A", announce.announcement)
            .expect("200 200 404 404 404 200"),
        on("GET /api/v1/files/{id}")
            .of("an announcement's attachment", announce.attachment)
            .expect("200 200 404 404 404 200"),
        on("POST /api/v1/announcements/{id}/open")
            .of("a must-read to department A", announce.announcement)
            .body(map("device", "PHONE"))
            .expect("200 200 404 404 404 200"),
        on("POST /api/v1/announcements/{id}/confirm")
            .of("a must-read to department A", announce.announcement)
            .expect("200 200 404 404 404 403:announce.not-a-recipient"),
        on("GET /api/v1/announcements/{id}/versions")
            .of("a must-read to department A", announce.announcement)
            .expect("200 200 404 404 404 200"),
        on("GET /api/v1/announcements/{id}/versions/{number}")
            .of("a must-read to department A", announce.announcement, 1)
            .expect("200 200 404 404 404 200"),
        on("GET /api/v1/announcements/{id}/comments")
            .of("a must-read to department A", announce.announcement)
            .expect("200 200 404 404 404 200"),
        on("POST /api/v1/announcements/{id}/comments")
            .of("a must-read to department A", announce.announcement)
            .body(map("text", "收到"))
            .expect("201 201 404 404 404 403:announce.comments-closed"),
        on("PUT /api/v1/announcements/{id}/reactions/{emoji}")
            .of("a must-read to department A", announce.announcement, "%F0%9F%91%8D")
            .expect("200 200 404 404 404 403:announce.reactions-closed"),
        on("DELETE /api/v1/announcements/{id}/reactions/{emoji}")
            .of("a must-read to department A", announce.announcement, "%F0%9F%91%8D")
            .expect("200 200 404 404 404 403:announce.reactions-closed"),
        on("PUT /api/v1/announcements/{id}")
            .of("a must-read to department A", announce.announcement)
            .body(a -> announce.draft(announce.word + " 更正"))
            .expect("200 403:announce.not-author 404 404 404 403:announce.not-author"),
        on("DELETE /api/v1/announcements/{id}")
            .fresh("draft of the owner's", a -> new Object[] {announce.draft()})
            .expect("204 404 404 404 404 404"),
        on("POST /api/v1/announcements/{id}/publish")
            .fresh("draft of the owner's", a -> new Object[] {announce.draft()})
            .body(map())
            .expect("200 404 404 404 404 404"),
        on("POST /api/v1/announcements/{id}/withdraw")
            .fresh("announcement of the owner's", a -> new Object[] {announce.published()})
            .expect("200 409:announce.not-withdrawable 404 404 404 200"),
        on("POST /api/v1/announcements/{id}/approve")
            .of("announcement waiting for approval", a -> new Object[] {announce.toApprove.get(a)})
            .expect("403:announce.not-reviewer 404 404 404 404 200"),
        on("POST /api/v1/announcements/{id}/return")
            .of("announcement waiting for approval", a -> new Object[] {announce.toReturn.get(a)})
            .body(map("comment", "请修改"))
            .expect("403:announce.not-reviewer 404 404 404 404 200"),
        // ---- task-links: a task made of a message, a page, planned on an announcement; a
        // project's
        // tasks exported (the owner's team project, the insider its editor)
        on("POST /api/v1/channels/{id}/messages/{seq}/task")
            .of("private message", p, chat.messageSeq)
            .body(map("title", "跟进 follow up"))
            .expect("201 201 404:task.message-not-found 404:task.message-not-found"
                + " 404:task.message-not-found 404:task.message-not-found"),
        on("POST /api/v1/pages/{id}/task")
            .of("restricted page", doc.restrictedPage)
            .body(map("title", "检查 check"))
            .expect("201 404:task.page-not-found 404:task.page-not-found 404:task.page-not-found"
                + " 404:task.page-not-found 201"),
        on("POST /api/v1/mail/messages/{id}/task")
            .of("a mail in a shared mailbox", mail.message)
            .body(map("title", ""))
            .expect("201 201 404:task.mail-not-found 404:task.mail-not-found"
                + " 404:task.mail-not-found 404:task.mail-not-found"),
        // ---- mail joined up: a mail shared in a channel, and where a linked mail opens (its
        // mailbox's readers only)
        on("POST /api/v1/mail/messages/{id}/share")
            .of("a mail in a shared mailbox", mail.message)
            .body(map("channelId", chat.privateChannel))
            .expect("201 201 404:mail.not-found 404:mail.not-found 404:mail.not-found"
                + " 404:mail.not-found"),
        on("GET /api/v1/mail/messages/{id}/place")
            .of("a mail in a shared mailbox", mail.message)
            .expect("200 200 404:mail.not-found 404:mail.not-found 404:mail.not-found"
                + " 404:mail.not-found"),
        on("GET /api/v1/announcements/{id}/task")
            .of("a must-read to department A, without a task", announce.announcement)
            .expect("404:task.plan-not-found 404:task.plan-not-found 404:announce.not-found"
                + " 404:announce.not-found 404:announce.not-found 404:task.plan-not-found"),
        on("PUT /api/v1/announcements/{id}/task")
            .fresh("draft of the owner's", a -> new Object[] {announce.draft()})
            .body(map("title", "周五前交表"))
            .expect("200 404 404 404 404 404"),
        on("PUT /api/v1/announcements/{id}/task")
            .of("a must-read to department A", announce.announcement)
            .body(map("title", "周五前交表"))
            .expect("403:task.plan-closed 403:task.plan-closed 404 404 404 403:task.plan-closed"),
        on("DELETE /api/v1/announcements/{id}/task")
            .fresh("draft of the owner's", a -> new Object[] {announce.draft()})
            .expect("204 404 404 404 404 404"),
        on("GET /api/v1/task-projects/{id}/export")
            .of("the owner's team project", tasks.project)
            .expect("200 200 404 404 404 404"),
        on("GET /api/v1/announcement-publishers/{id}")
            .of("department A", cast.departmentA)
            .expect("403 403 403 403 403 200"),
        on("PUT /api/v1/announcement-publishers/{id}")
            .of("department A", cast.departmentA)
            .body(map("personIds", List.of(cast.id(Actor.OWNER))))
            .expect("403 403 403 403 403 200"),

        // ---- announcements: statistics and reminders, its author's and administrators' only
        on("GET /api/v1/announcements/{id}/stats")
            .of("must-read to A", announce.announcement)
            .expect("200 404 404 404 404 200"),
        on("GET /api/v1/announcements/{id}/stats/people")
            .of("must-read to A", announce.announcement)
            .query("?state=UNCONFIRMED")
            .expect("200 404 404 404 404 200"),
        on("GET /api/v1/announcements/{id}/stats/export")
            .of("must-read to A", announce.announcement)
            .query("?format=xlsx")
            .expect("200 404 404 404 404 200"),
        on("GET /api/v1/announcements/{id}/reminders")
            .of("must-read to A", announce.announcement)
            .expect("200 404 404 404 404 200"),
        on("PUT /api/v1/announcements/{id}/reminders")
            .of("must-read to A", announce.announcement)
            .body(map("afterHours", List.of(24, 72)))
            .expect("200 404 404 404 404 200"),
        // a fresh one per actor: a second reminder within 10 minutes is refused (429)
        on("POST /api/v1/announcements/{id}/remind")
            .fresh("must-read to A", a -> new Object[] {announce.published()})
            .body(map())
            .expect("200 404 404 404 404 200"),

        // ---- calendar: the owner's team calendar (the insider its editor, the other department's
        // administrator its reader, the member of department B sees free/busy only; not
        // administered for content, so the system administrator sees nothing of it)
        on("GET /api/v1/calendars")
            .of("a team calendar")
            .marker(calendars.calendar)
            .expect("200+ 200+ 200- 200- 200+ 200-"),
        on("GET /api/v1/calendars/{id}")
            .of("a team calendar", calendars.calendar)
            .expect("200 200 200 404 200 404"),
        on("PATCH /api/v1/calendars/{id}")
            .of("a team calendar", calendars.calendar)
            .body(map("description", "矩阵"))
            .expect("200 403:calendar.not-manager 403:calendar.not-manager 404"
                + " 403:calendar.not-manager 404"),
        on("DELETE /api/v1/calendars/{id}")
            .fresh("team calendar", a -> new Object[] {calendars.freshCalendar()})
            .expect("204 403:calendar.not-manager 403:calendar.not-manager 404"
                + " 403:calendar.not-manager 404"),
        on("GET /api/v1/calendars/{id}/grants")
            .of("a team calendar", calendars.calendar)
            .expect("200 403:calendar.not-manager 403:calendar.not-manager 404"
                + " 403:calendar.not-manager 404"),
        on("PUT /api/v1/calendars/{id}/grants")
            .of("a team calendar", calendars.calendar)
            .body(a -> map("grants", calendars.grants()))
            .expect("200 403:calendar.not-manager 403:calendar.not-manager 404"
                + " 403:calendar.not-manager 404"),
        on("PUT /api/v1/calendars/{id}/subscription")
            .of("a team calendar", calendars.calendar)
            .body(map("color", "red"))
            .expect("200 200 200 404 200 404"),
        on("DELETE /api/v1/calendars/{id}/subscription")
            .of("a team calendar", calendars.calendar)
            .expect("204 204 204 404 204 404"),
        on("GET /api/v1/people/{personId}/calendar")
            .of(
                "the owner's personal calendar, its free/busy open to the company",
                cast.id(Actor.OWNER))
            .marker(calendars.ownersPersonal)
            .expect("200+ 200+ 200+ 404 200+ 200+"),
        on("GET /api/v1/calendar/window")
            .of("a team calendar's week")
            .query("?calendars=" + calendars.calendar
                + "&from=2026-12-07T00:00:00Z&to=2026-12-14T00:00:00Z")
            .marker(CalendarFixture.TITLE)
            .expect("200+ 200+ 200- 404 200+ 404"),
        on("POST /api/v1/calendars/{id}/events")
            .of("a team calendar", calendars.calendar)
            .body(CalendarFixture.event())
            .expect("201 201 403:calendar.cannot-edit 404 403:calendar.cannot-edit 404"),
        on("GET /api/v1/events/{id}")
            .of("a team calendar's event", calendars.event)
            .marker(CalendarFixture.TITLE)
            .expect(
                "200+ 200+ 200- 404:calendar.event-not-found 200+ 404:calendar.event-not-found"),
        on("PATCH /api/v1/events/{id}")
            .of("a team calendar's event", calendars.event)
            .body(CalendarFixture.event())
            .expect("200 200 403:calendar.cannot-edit 404 403:calendar.cannot-edit 404"),
        on("DELETE /api/v1/events/{id}")
            .fresh("team calendar's event", a -> new Object[] {calendars.freshEvent()})
            .expect("204 204 403:calendar.cannot-edit 404 403:calendar.cannot-edit 404"),
        on("POST /api/v1/events/{id}/move")
            .fresh("team calendar's event", a -> new Object[] {calendars.freshEvent()})
            .body(map("calendarId", calendars.target))
            .expect("200 200 403:calendar.cannot-edit 404 403:calendar.cannot-edit 404"),
        on("GET /api/v1/calendars/{id}/export")
            .of("a team calendar", calendars.calendar)
            .expect("200 200 403:calendar.export-denied 404 200 404"),
        on("GET /api/v1/events/{id}/export")
            .of("a team calendar's event", calendars.event)
            .expect("200 200 200 404 200 404"),

        // ---- tasks: the owner's private team project (the insider its editor by name; not
        // administered for content, so the system administrator does not see it either)
        on("GET /api/v1/task-projects")
            .of("a private project")
            .marker(tasks.project)
            .expect("200+ 200+ 200- 200- 200- 200-"),
        on("GET /api/v1/task-projects/{id}")
            .of("a private project", tasks.project)
            .expect("200 200 404 404 404 404"),
        on("PATCH /api/v1/task-projects/{id}")
            .of("a private project", tasks.project)
            .body(map("description", "矩阵"))
            .expect("200 403:task.not-project-manager 404 404 404 404"),
        on("DELETE /api/v1/task-projects/{id}")
            .fresh("private project", a -> new Object[] {tasks.freshProject()})
            .expect("204 403:task.not-project-manager 404 404 404 404"),
        on("GET /api/v1/task-projects/{id}/grants")
            .of("a private project", tasks.project)
            .expect("200 403:task.not-project-manager 404 404 404 404"),
        on("PUT /api/v1/task-projects/{id}/grants")
            .of("a private project", tasks.project)
            .body(a -> map("grants", tasks.grants()))
            .expect("200 403:task.not-project-manager 404 404 404 404"),
        on("POST /api/v1/task-projects/{id}/sections")
            .of("a private project", tasks.project)
            .body(map("name", "矩阵列"))
            .expect("201 403:task.not-project-manager 404 404 404 404"),
        on("GET /api/v1/task-projects/{id}/tasks")
            .of("a private project", tasks.project)
            .marker(tasks.task)
            .expect("200+ 200+ 404 404 404 404"),
        on("GET /api/v1/task-projects/{id}/views")
            .of("a private project", tasks.project)
            .expect("200 200 404 404 404 404"),
        on("POST /api/v1/task-projects/{id}/views")
            .of("a private project", tasks.project)
            .body(map("name", "视图", "filter", map()))
            .expect("201 201 404 404 404 404"),
        on("PATCH /api/v1/task-sections/{id}")
            .of("a private project's section", tasks.otherSection)
            .body(map("name", "完成了"))
            .expect("200 403:task.not-project-manager 404 404 404 404"),
        on("DELETE /api/v1/task-sections/{id}")
            .fresh("private project's empty section", a -> new Object[] {tasks.freshSection()})
            .expect("204 403:task.not-project-manager 404 404 404 404"),
        on("DELETE /api/v1/task-views/{id}")
            .fresh("saved view of the owner's", a -> new Object[] {tasks.freshView()})
            .expect("204 404 404 404 404 404"),
        on("POST /api/v1/tasks")
            .of("a private project")
            .body(map("projectId", tasks.project, "title", "新任务"))
            .expect("201 201 404 404 404 404"),
        on("GET /api/v1/tasks/{id}")
            .of("a private project's task", tasks.task)
            .expect("200 200 404 404 404 404"),
        on("PATCH /api/v1/tasks/{id}")
            .of("a private project's task", tasks.task)
            .body(map("priority", "HIGH"))
            .expect("200 200 404 404 404 404"),
        on("DELETE /api/v1/tasks/{id}")
            .fresh("private project's task", a -> new Object[] {tasks.freshTask()})
            .expect("204 204 404 404 404 404"),
        on("POST /api/v1/tasks/{id}/move")
            .of("a private project's task", tasks.task)
            .body(map("sectionId", tasks.section))
            .expect("200 200 404 404 404 404"),
        on("POST /api/v1/tasks/{id}/complete")
            .of("a private project's task", tasks.task)
            .body(map())
            .expect("200 200 404 404 404 404"),
        on("POST /api/v1/tasks/{id}/reopen")
            .of("a private project's task", tasks.task)
            .body(map())
            .expect("200 200 404 404 404 404"),
        on("GET /api/v1/tasks/{id}/history")
            .of("a private project's task", tasks.task)
            .expect("200 200 404 404 404 404"),
        on("GET /api/v1/my-tasks")
            .of("a private project's task the insider is assigned and the owner follows")
            .marker(tasks.task)
            .expect("200+ 200+ 200- 200- 200- 200-"),
        on("GET /api/v1/files/{id}")
            .of("a private project's task's attachment", tasks.attachment)
            .expect("200 200 404 404 404 404"),

        // ---- the owner's own credentials
        on("DELETE /api/v1/me/tokens/{id}")
            .fresh("token of the owner's", a -> new Object[] {ownerToken()})
            .expect("204 404 404 404 404 404"),
        on("DELETE /api/v1/me/sessions/{id}")
            .fresh("session of the owner's", a -> new Object[] {ownerSession()})
            .expect("204 404 404 404 404 404"),
        // ---- tasks: comments on a task of a team project the insider may view
        on("GET /api/v1/tasks/{id}/comments")
            .of("a task of a team project", taskComments.task)
            .marker(taskComments.comment)
            .expect("200+ 200+ 404 404 404 404"),
        on("POST /api/v1/tasks/{id}/comments")
            .of("a task of a team project", taskComments.task)
            .body(map("body", "收到"))
            .expect("201 201 404 404 404 404"),
        on("PATCH /api/v1/task-comments/{id}")
            .of("the owner's comment on a task", taskComments.comment)
            .body(map("body", "改一下"))
            .expect("200 403:task.comment-not-author 404 404 404 404"),
        on("DELETE /api/v1/task-comments/{id}")
            .fresh("owner's comment on a task", a -> new Object[] {taskComments.comment()})
            .expect("204 403:task.comment-not-author 404 404 404 404"),
        // ---- rooms: administrators change them; a room's approvers (the manager of its calendar,
        // here the system administrator who added it) alone see and decide its requests; the
        // insider, who asked, cannot decide
        on("PATCH /api/v1/rooms/{id}")
            .of("a room", rooms.room)
            .body(map("capacity", 12))
            .expect("403 403 403 403 403 200"),
        on("DELETE /api/v1/rooms/{id}")
            .fresh("room", a -> new Object[] {rooms.room()})
            .expect("403 403 403 403 403 204"),
        on("GET /api/v1/rooms/requests")
            .of("the insider's meeting waiting for the room")
            .marker(rooms.requestedEvent)
            .expect("200- 200- 200- 200- 200- 200+"),
        on("POST /api/v1/rooms/bookings/{id}/approve")
            .fresh("request for the room", a -> new Object[] {rooms.request()[1]})
            .expect("404:calendar.room-request-unknown 404:calendar.room-request-unknown"
                + " 404:calendar.room-request-unknown 404:calendar.room-request-unknown"
                + " 404:calendar.room-request-unknown 204"),
        on("POST /api/v1/rooms/bookings/{id}/decline")
            .fresh("request for the room", a -> new Object[] {rooms.request()[1]})
            .expect("404:calendar.room-request-unknown 404:calendar.room-request-unknown"
                + " 404:calendar.room-request-unknown 404:calendar.room-request-unknown"
                + " 404:calendar.room-request-unknown 204"),
        // ---- calendar: an event of the owner's personal calendar the insider is invited to; the
        // others see its free/busy only, so for them there is no event to answer
        on("POST /api/v1/events/{id}/answer")
            .of("an event the insider is invited to", invitation.event)
            .body(map("response", "ACCEPTED", "note", "好"))
            .expect("400:calendar.answer-by-organizer 200 404 404 404 404"),
        on("POST /api/v1/events/{id}/proposals")
            .of("an event the insider is invited to", invitation.event)
            .body(
                map("start", "2031-03-03T02:00:00Z", "end", "2031-03-03T03:00:00Z", "note", "改个时间"))
            .expect("400:calendar.proposal-by-organizer 201 404 404 404 404"),
        // ---- mail: a shared mailbox the owner manages and the insider only reads; nobody else,
        // the administrators included, may know it exists
        on("GET /api/v1/mail/mailboxes")
            .of("my mailboxes")
            .marker(mail.mailbox)
            .expect("200+ 200+ 200- 200- 200- 200-"),
        on("GET /api/v1/mail/mailboxes/{id}/folders")
            .of("a shared mailbox", mail.mailbox)
            .expect("200 200 404 404 404 404"),
        on("POST /api/v1/mail/mailboxes/{id}/folders")
            .of("a shared mailbox", mail.mailbox)
            .body(a -> map("name", "矩阵 " + a))
            .expect("201 403:mail.cannot-send 404 404 404 404"),
        on("PATCH /api/v1/mail/folders/{id}")
            .of("a folder of a shared mailbox", mail.folder)
            .body(a -> map("name", "改名 " + a))
            .expect("200 403:mail.cannot-send 404 404 404 404"),
        on("DELETE /api/v1/mail/folders/{id}")
            .fresh("folder of a shared mailbox", a -> new Object[] {mail.freshFolder()})
            .expect("204 403:mail.cannot-send 404 404 404 404"),
        on("GET /api/v1/mail/mailboxes/{id}/labels")
            .of("a shared mailbox", mail.mailbox)
            .expect("200 200 404 404 404 404"),
        on("POST /api/v1/mail/mailboxes/{id}/labels")
            .of("a shared mailbox", mail.mailbox)
            .body(a -> map("name", "标签 " + a.ordinal()))
            .expect("201 403:mail.cannot-send 404 404 404 404"),
        on("PATCH /api/v1/mail/labels/{id}")
            .of("a label of a shared mailbox", mail.label)
            .body(a -> map("name", "改标签 " + a.ordinal()))
            .expect("200 403:mail.cannot-send 404 404 404 404"),
        on("DELETE /api/v1/mail/labels/{id}")
            .fresh("label of a shared mailbox", a -> new Object[] {mail.freshLabel()})
            .expect("204 403:mail.cannot-send 404 404 404 404"),
        on("GET /api/v1/mail/folders/{id}/threads")
            .of("a shared mailbox's inbox", mail.inbox)
            .marker(mail.thread)
            .expect("200+ 200+ 404 404 404 404"),
        on("GET /api/v1/mail/mailboxes/{id}/threads/{threadId}")
            .of("a conversation in a shared mailbox", mail.mailbox, mail.thread)
            .expect("200 200 404 404 404 404"),
        on("GET /api/v1/mail/messages/{id}")
            .of("a mail in a shared mailbox", mail.message)
            .expect("200 200 404 404 404 404"),
        on("GET /api/v1/mail/messages/{id}/raw")
            .of("a mail in a shared mailbox", mail.message)
            .expect("200 200 404 404 404 404"),
        on("POST /api/v1/mail/messages/{id}/remote-images")
            .of("a mail in a shared mailbox", mail.message)
            .expect("204 204 404 404 404 404"),
        // the proxy fetches only images the mail names: an address it does not name is nobody's
        on("GET /api/v1/mail/messages/{id}/images")
            .of("a mail in a shared mailbox, an image it does not name", mail.message)
            .query("?url=https%3A%2F%2Fexample.com%2Fa.png")
            .expect("404 404 404 404 404 404"),
        on("POST /api/v1/mail/messages/{id}/invitation")
            .of("a mail in a shared mailbox", mail.message)
            .body(map("answer", "ACCEPTED"))
            .expect("403:mail.invitation-not-yours 403:mail.cannot-send 404 404 404 404"),
        on("POST /api/v1/mail/mailboxes/{id}/messages/bulk")
            .of("a shared mailbox", mail.mailbox)
            .body(map("messageIds", List.of(mail.message), "action", "SEEN"))
            .expect("204 403:mail.cannot-send 404 404 404 404"),
        on("POST /api/v1/mail/messages/{id}/reply")
            .of("a mail in a shared mailbox", mail.message)
            .body(map("all", true))
            .expect("201 403:mail.cannot-send 404 404 404 404"),
        on("POST /api/v1/mail/messages/{id}/forward")
            .of("a mail in a shared mailbox", mail.message)
            .expect("201 403:mail.cannot-send 404 404 404 404"),
        on("GET /api/v1/mail/mailboxes/{id}/drafts")
            .of("a shared mailbox", mail.mailbox)
            .expect("200 403:mail.cannot-send 404 404 404 404"),
        on("POST /api/v1/mail/mailboxes/{id}/drafts")
            .of("a shared mailbox", mail.mailbox)
            .body(map("subject", "矩阵"))
            .expect("201 403:mail.cannot-send 404 404 404 404"),
        on("GET /api/v1/mail/drafts/{id}")
            .of("a draft in a shared mailbox", mail.draft)
            .expect("200 403:mail.cannot-send 404 404 404 404"),
        on("PUT /api/v1/mail/drafts/{id}")
            .fresh("draft in a shared mailbox", a -> new Object[] {mail.freshDraft()})
            .body(map("subject", "改", "version", 1))
            .expect("200 403:mail.cannot-send 404 404 404 404"),
        on("DELETE /api/v1/mail/drafts/{id}")
            .fresh("draft in a shared mailbox", a -> new Object[] {mail.freshDraft()})
            .expect("204 403:mail.cannot-send 404 404 404 404"),
        on("POST /api/v1/mail/drafts/{id}/send")
            .fresh("draft in a shared mailbox", a -> new Object[] {mail.freshDraft()})
            .expect("200 403:mail.cannot-send 404 404 404 404"),
        // ---- mail administration: people's addresses, lists and shared mailboxes are the system
        // administrator's;
        // a mailbox's members are its managers' (and a shared one's administrators'), its
        // signature its senders'; who may not read a mailbox is told it does not exist
        on("GET /api/v1/mail/admin/people/{personId}/addresses")
            .of("the owner's addresses", cast.id(Actor.OWNER))
            .expect("403 403 403 403 403 200"),
        on("POST /api/v1/mail/admin/people/{personId}/addresses")
            .of("the owner's addresses", cast.id(Actor.OWNER))
            .body(a -> map(
                "localPart",
                "m-" + a.name().toLowerCase().replace('_', '-') + "-"
                    + UUID.randomUUID().toString().substring(0, 6)))
            .expect("403 403 403 403 403 200"),
        on("PUT /api/v1/mail/admin/people/{personId}/primary-address")
            .of("the owner's addresses", cast.id(Actor.OWNER))
            .body(map("address", mailAdmin.primary))
            .expect("403 403 403 403 403 200"),
        on("DELETE /api/v1/mail/admin/people/{personId}/addresses")
            .of("the owner's alias", cast.id(Actor.OWNER))
            .query("?address=" + mailAdmin.alias)
            .expect("403 403 403 403 403 200"),
        on("PATCH /api/v1/mail/admin/lists/{id}")
            .of("department A's list", mailAdmin.list)
            .body(map("posting", "MEMBERS"))
            .expect("403 403 403 403 403 200"),
        on("DELETE /api/v1/mail/admin/lists/{id}")
            .fresh("list", a -> new Object[] {mailAdmin.list()})
            .expect("403 403 403 403 403 204"),
        on("DELETE /api/v1/mail/admin/shared-mailboxes/{id}")
            .fresh("shared mailbox", a -> new Object[] {mailAdmin.sharedMailbox()})
            .expect("403 403 403 403 403 204"),
        on("GET /api/v1/mail/mailboxes/{id}/members")
            .of("the shared mailbox", mailAdmin.shared)
            .expect("200 403:mail.cannot-send 404 404 404 200"),
        on("GET /api/v1/mail/mailboxes/{id}/members")
            .of("the owner's personal mailbox", mailAdmin.personal)
            .expect("200 404 404 404 404 404"),
        on("PUT /api/v1/mail/mailboxes/{id}/members")
            .of("the shared mailbox", mailAdmin.shared)
            .body(map("members", mailAdmin.members()))
            .expect("200 403:mail.cannot-send 404 404 404 200"),
        on("GET /api/v1/mail/mailboxes/{id}/signature")
            .of("the shared mailbox", mailAdmin.shared)
            .expect("200 403:mail.cannot-send 404 404 404 404"),
        on("PUT /api/v1/mail/mailboxes/{id}/signature")
            .of("the owner's personal mailbox", mailAdmin.personal)
            .body(map("signature", null))
            .expect("200 404 404 404 404 404"));
  }

  @Test
  void everyEndpointHasARealResourceCase() {
    Set<String> covered = rows().stream().map(Row::endpoint).collect(Collectors.toSet());
    List<String> missing = endpoints().stream()
        .filter(e -> !covered.contains(e) && !NOT_ADDRESSING_AN_OBJECT.containsKey(e))
        .toList();
    assertThat(missing)
        .as("endpoints with neither a row in the matrix nor a reason they address no object")
        .isEmpty();
    assertThat(covered)
        .as("rows of endpoints the application no longer serves")
        .isSubsetOf(endpoints());
    assertThat(NOT_ADDRESSING_AN_OBJECT.keySet())
        .as("endpoints both in the matrix and excused from it")
        .doesNotContainAnyElementsOf(covered);
    assertThat(NOT_ADDRESSING_AN_OBJECT.keySet())
        .as("excuses for endpoints the application no longer serves")
        .isSubsetOf(union(endpoints(), SOCKETS));
  }

  @Test
  void everyActorGetsWhatTheTableSays() throws Exception {
    List<String> wrong = new ArrayList<>();
    // rows run in order; a row's actors call at once when they read or each change an object of
    // their own, and one after the other when they change the same one: two people replacing a
    // space's grants or a page's restrictions at the same instant get 409 conflict.duplicate for
    // one of them, a race this test is not about
    try (ExecutorService callers = Executors.newFixedThreadPool(Actor.values().length)) {
      for (Row row : rows()) {
        boolean together = row.method().equals("GET") || row.fresh();
        List<Future<String>> cells = new ArrayList<>();
        for (Actor actor : Actor.values()) {
          Future<String> cell = callers.submit(() -> check(row, actor));
          if (!together) {
            cell.get();
          }
          cells.add(cell);
        }
        for (Future<String> cell : cells) {
          if (cell.get() != null) {
            wrong.add(cell.get());
          }
        }
      }
    }
    assertThat(wrong).as("cells that differ from the table").isEmpty();
  }

  /** Null when the actor got what the row says, else a line saying what they got. */
  private String check(Row row, Actor actor) {
    Row.Cell cell = row.cells().get(actor.ordinal());
    Api.Response answer = send(cast.api(actor), row.method(), row.call().apply(actor));
    return matches(cell, row, answer)
        ? null
        : row.endpoint() + " (" + row.object() + "): " + actor + " got " + seen(row, answer)
            + ", table says " + cell;
  }

  /** Sends the call; a download's bytes are not JSON, so only its status (and a refusal's problem) is read. */
  private static Api.Response send(Api api, String method, Row.Call call) {
    if (!call.path().startsWith("/api/v1/files/")
        && !call.path().contains("/stats/export")
        && !call.path().endsWith("/export")
        && !call.path().endsWith("/raw")) {
      return api.send(method, call.path(), call.body());
    }
    var download = api.bytes(call.path());
    var body = download.statusCode() < 300 ? JSON.nullNode() : JSON.readTree(download.body());
    return new Api.Response(download.statusCode(), body, download.headers());
  }

  private static boolean matches(Row.Cell cell, Row row, Api.Response answer) {
    if (answer.status() != cell.status()) {
      return false;
    }
    if (cell.shows() != null && shows(row, answer) != cell.shows()) {
      return false;
    }
    if (cell.code() != null) {
      return answer.code().equals(cell.code());
    }
    // a 404 must be the object's own "not found", never a route that does not exist
    return answer.status() != 404 || answer.code().endsWith("not-found");
  }

  private static boolean shows(Row row, Api.Response answer) {
    return answer.body().toString().contains(row.marker());
  }

  private static String seen(Row row, Api.Response answer) {
    return answer.status()
        + (row.marker() == null || answer.status() >= 300 ? "" : shows(row, answer) ? "+" : "-")
        + (answer.code().isEmpty() ? "" : ":" + answer.code());
  }

  private UUID ownerToken() {
    return UUID.fromString(cast.owner()
        .post(
            "/api/v1/me/tokens",
            Map.of("name", "matrix", "scopes", List.of("read"), "expiresInDays", 1))
        .body()
        .path("token")
        .path("id")
        .asString());
  }

  /** A second sign-in of the owner's, as from another browser. */
  private UUID ownerSession() {
    Api elsewhere = Api.signedIn(port, cast.people.get(Actor.OWNER).email(), People.PASSWORD);
    for (var session : elsewhere.get("/api/v1/me/sessions").body()) {
      if (session.path("current").asBoolean()) {
        return UUID.fromString(session.path("id").asString());
      }
    }
    throw new AssertionError("No current session");
  }

  /** Socket handshakes are no controller mappings, so the walk over Spring's mappings does not find them. */
  static final Set<String> SOCKETS = Set.of("GET /api/v1/ws", "GET /api/v1/pages/{id}/collab");

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  private TreeSet<String> endpoints() {
    TreeSet<String> found = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .keySet()
        .forEach(info -> info.getPatternValues().stream()
            .filter(p -> p.startsWith("/api/"))
            .forEach(p -> info.getMethodsCondition()
                .getMethods()
                .forEach(m -> found.add(m.name() + " " + p))));
    return found;
  }
}
