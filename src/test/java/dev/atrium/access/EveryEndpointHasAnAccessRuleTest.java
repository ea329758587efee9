package dev.atrium.access;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every API endpoint the application serves, as every role, and fails when an endpoint has
 * no rule here, so a new endpoint cannot ship without someone deciding who may call it. Each
 * role's calls carry real ids from inside a department administrator's subtree; a role below the
 * rule must never get a 2xx answer, a role at or above it must never get 401 or 403.
 */
@IntegrationTest
class EveryEndpointHasAnAccessRuleTest {

  /** The least a caller must be for the endpoint to serve them (perhaps filtered to what they may see). */
  enum Rule {
    PUBLIC,
    SIGNED_IN,
    MEMBER,
    DEPARTMENT_ADMIN,
    SYSTEM_ADMIN
  }

  enum Who {
    ANONYMOUS,
    GUEST,
    MEMBER,
    DEPARTMENT_ADMIN,
    SYSTEM_ADMIN
  }

  static final Map<String, Rule> RULES = Map.ofEntries(
      entry("GET /api/v1/auth/csrf", Rule.PUBLIC),
      entry("POST /api/v1/auth/sign-in", Rule.PUBLIC),
      entry("POST /api/v1/auth/sign-out", Rule.PUBLIC),
      entry("GET /api/v1/openapi.json", Rule.PUBLIC),
      entry("GET /api/v1/openapi.json/swagger-config", Rule.PUBLIC),
      entry("GET /api/v1/openapi.json.yaml", Rule.PUBLIC),
      entry("GET /api/v1/docs", Rule.PUBLIC),
      entry("GET /api/v1/me", Rule.SIGNED_IN),
      entry("PATCH /api/v1/me/preferences", Rule.SIGNED_IN),
      entry("PATCH /api/v1/me/profile", Rule.SIGNED_IN),
      entry("PUT /api/v1/me/password", Rule.SIGNED_IN),
      entry("GET /api/v1/me/sessions", Rule.SIGNED_IN),
      entry("DELETE /api/v1/me/sessions/{id}", Rule.SIGNED_IN),
      entry("POST /api/v1/me/mfa/totp", Rule.SIGNED_IN),
      entry("POST /api/v1/me/mfa/totp/confirm", Rule.SIGNED_IN),
      entry("DELETE /api/v1/me/mfa/totp", Rule.SIGNED_IN),
      entry("GET /api/v1/me/tokens", Rule.SIGNED_IN),
      entry("POST /api/v1/me/tokens", Rule.SIGNED_IN),
      entry("DELETE /api/v1/me/tokens/{id}", Rule.SIGNED_IN),
      entry("GET /api/v1/departments", Rule.SIGNED_IN),
      entry("POST /api/v1/departments", Rule.DEPARTMENT_ADMIN),
      entry("PATCH /api/v1/departments/{id}", Rule.DEPARTMENT_ADMIN),
      entry("DELETE /api/v1/departments/{id}", Rule.DEPARTMENT_ADMIN),
      entry("GET /api/v1/people", Rule.SIGNED_IN),
      entry("POST /api/v1/people", Rule.DEPARTMENT_ADMIN),
      entry("GET /api/v1/people/{id}", Rule.MEMBER),
      entry("PATCH /api/v1/people/{id}", Rule.DEPARTMENT_ADMIN),
      entry("PUT /api/v1/people/{id}/memberships", Rule.DEPARTMENT_ADMIN),
      entry("POST /api/v1/people/{id}/suspend", Rule.DEPARTMENT_ADMIN),
      entry("POST /api/v1/people/{id}/reactivate", Rule.DEPARTMENT_ADMIN),
      entry("POST /api/v1/people/{id}/reset-password", Rule.DEPARTMENT_ADMIN),
      entry("GET /api/v1/groups", Rule.SIGNED_IN),
      entry("POST /api/v1/groups", Rule.SYSTEM_ADMIN),
      entry("GET /api/v1/groups/{id}", Rule.MEMBER),
      entry("PATCH /api/v1/groups/{id}", Rule.SYSTEM_ADMIN),
      entry("DELETE /api/v1/groups/{id}", Rule.SYSTEM_ADMIN),
      entry("PUT /api/v1/groups/{id}/members", Rule.SYSTEM_ADMIN),
      entry("POST /api/v1/admin/org-import", Rule.SYSTEM_ADMIN),
      entry("GET /api/v1/admin/settings", Rule.SYSTEM_ADMIN),
      entry("PUT /api/v1/admin/settings", Rule.SYSTEM_ADMIN),
      entry("GET /api/v1/admin/audit", Rule.SYSTEM_ADMIN),
      entry("GET /api/v1/admin/audit/integrity", Rule.SYSTEM_ADMIN),
      entry("GET /api/v1/admin/role-grants", Rule.SYSTEM_ADMIN),
      entry("POST /api/v1/admin/role-grants", Rule.SYSTEM_ADMIN),
      entry("DELETE /api/v1/admin/role-grants/{id}", Rule.SYSTEM_ADMIN),
      // chat: a guest sees and uses only the channels they were invited to, and may not create or
      // open channels themselves; everything else answers 404 for a channel one may not see
      entry("GET /api/v1/channels", Rule.SIGNED_IN),
      entry("POST /api/v1/channels", Rule.MEMBER),
      entry("POST /api/v1/channels/direct", Rule.MEMBER),
      entry("GET /api/v1/channels/{id}", Rule.SIGNED_IN),
      entry("POST /api/v1/channels/{id}/join", Rule.SIGNED_IN),
      entry("POST /api/v1/channels/{id}/members", Rule.SIGNED_IN),
      entry("POST /api/v1/channels/{id}/leave", Rule.SIGNED_IN),
      entry("GET /api/v1/channels/{id}/messages", Rule.SIGNED_IN),
      entry("POST /api/v1/channels/{id}/messages", Rule.SIGNED_IN),
      entry("GET /api/v1/channels/{id}/stream", Rule.SIGNED_IN),
      entry("POST /api/v1/channels/{id}/read", Rule.SIGNED_IN),
      entry("POST /api/v1/channels/{id}/unread", Rule.SIGNED_IN),
      entry("GET /api/v1/channels/{id}/read-cursors", Rule.SIGNED_IN),
      entry("PUT /api/v1/channels/{id}/star", Rule.SIGNED_IN),
      entry("DELETE /api/v1/channels/{id}/star", Rule.SIGNED_IN),
      entry("GET /api/v1/messages/{id}/receipts", Rule.SIGNED_IN),
      // presence: anyone signed in, guests too (they see the people of the conversations they are
      // in)
      entry("GET /api/v1/presence", Rule.SIGNED_IN),
      entry("PUT /api/v1/presence/dnd", Rule.SIGNED_IN),
      entry("DELETE /api/v1/presence/dnd", Rule.SIGNED_IN),
      entry("PATCH /api/v1/messages/{id}", Rule.SIGNED_IN),
      entry("DELETE /api/v1/messages/{id}", Rule.SIGNED_IN),
      entry("GET /api/v1/messages/{id}/thread", Rule.SIGNED_IN),
      entry("PUT /api/v1/messages/{id}/reactions/{emoji}", Rule.SIGNED_IN),
      entry("DELETE /api/v1/messages/{id}/reactions/{emoji}", Rule.SIGNED_IN),
      entry("PUT /api/v1/messages/{id}/pin", Rule.SIGNED_IN),
      entry("DELETE /api/v1/messages/{id}/pin", Rule.SIGNED_IN),
      entry("GET /api/v1/channels/{id}/pins", Rule.SIGNED_IN),
      entry("PUT /api/v1/messages/{id}/saved", Rule.SIGNED_IN),
      entry("DELETE /api/v1/messages/{id}/saved", Rule.SIGNED_IN),
      entry("GET /api/v1/saved", Rule.SIGNED_IN),
      entry("GET /api/v1/messages/{id}/versions", Rule.SIGNED_IN),
      entry("POST /api/v1/messages/{id}/forward", Rule.SIGNED_IN),
      entry("POST /api/v1/channels/group", Rule.MEMBER),
      entry("GET /api/v1/channels/browse", Rule.MEMBER),
      // turning on a department's channel needs ORG_MANAGE on that department
      entry("POST /api/v1/channels/department", Rule.DEPARTMENT_ADMIN),
      // settings, roles and removals: the channel's owners and admins (404 for a channel one may
      // not see)
      entry("PATCH /api/v1/channels/{id}", Rule.SIGNED_IN),
      entry("POST /api/v1/channels/{id}/archive", Rule.SIGNED_IN),
      entry("POST /api/v1/channels/{id}/unarchive", Rule.SIGNED_IN),
      entry("GET /api/v1/channels/{id}/members", Rule.SIGNED_IN),
      entry("PUT /api/v1/channels/{id}/members/{personId}/role", Rule.SIGNED_IN),
      entry("DELETE /api/v1/channels/{id}/members/{personId}", Rule.SIGNED_IN),
      entry("POST /api/v1/unfurl", Rule.SIGNED_IN),
      // DING: a message's author (404 for a channel one may not see); a DING answers its author
      // and recipients only
      entry("POST /api/v1/channels/{id}/messages/{seq}/ding", Rule.SIGNED_IN),
      entry("GET /api/v1/dings", Rule.SIGNED_IN),
      entry("GET /api/v1/dings/{id}", Rule.SIGNED_IN),
      entry("POST /api/v1/dings/{id}/acknowledge", Rule.SIGNED_IN),
      entry("GET /api/v1/admin/default-channels", Rule.SYSTEM_ADMIN),
      entry("PUT /api/v1/admin/default-channels", Rule.SYSTEM_ADMIN),
      entry("POST /api/v1/admin/department-channels/reconcile", Rule.SYSTEM_ADMIN),
      // files: anyone signed in may upload (a guest posts in the channels they were invited to);
      // a file answers 404 to whoever may not read what it is attached to
      entry("POST /api/v1/files", Rule.SIGNED_IN),
      entry("GET /api/v1/files/limits", Rule.SIGNED_IN),
      entry("GET /api/v1/files/{id}", Rule.SIGNED_IN),
      entry("GET /api/v1/files/{id}/thumbnail", Rule.SIGNED_IN),
      entry("GET /api/v1/admin/attachment-limits", Rule.SYSTEM_ADMIN),
      entry("PUT /api/v1/admin/attachment-limits", Rule.SYSTEM_ADMIN),
      entry("GET /api/v1/search", Rule.SIGNED_IN),
      entry("GET /api/v1/admin/search/index", Rule.SYSTEM_ADMIN),
      entry("POST /api/v1/admin/search/index/rebuild", Rule.SYSTEM_ADMIN),
      // docs: a guest uses only the spaces shared with them and opens none; everything else answers
      // 404 for a space or page one may not read, 403 for one one may read but not change
      entry("GET /api/v1/spaces", Rule.SIGNED_IN),
      entry("POST /api/v1/spaces", Rule.MEMBER),
      entry("GET /api/v1/spaces/{id}", Rule.SIGNED_IN),
      entry("PATCH /api/v1/spaces/{id}", Rule.SIGNED_IN),
      entry("POST /api/v1/spaces/{id}/archive", Rule.SIGNED_IN),
      entry("POST /api/v1/spaces/{id}/unarchive", Rule.SIGNED_IN),
      entry("GET /api/v1/spaces/{id}/grants", Rule.SIGNED_IN),
      entry("PUT /api/v1/spaces/{id}/grants", Rule.SIGNED_IN),
      entry("GET /api/v1/spaces/{id}/pages", Rule.SIGNED_IN),
      entry("GET /api/v1/spaces/{id}/trash", Rule.SIGNED_IN),
      entry("DELETE /api/v1/spaces/{id}/trash", Rule.SIGNED_IN),
      entry("DELETE /api/v1/spaces/{id}/trash/{pageId}", Rule.SIGNED_IN),
      entry("POST /api/v1/pages", Rule.SIGNED_IN),
      entry("GET /api/v1/pages/{id}", Rule.SIGNED_IN),
      entry("PATCH /api/v1/pages/{id}", Rule.SIGNED_IN),
      entry("DELETE /api/v1/pages/{id}", Rule.SIGNED_IN),
      entry("POST /api/v1/pages/{id}/attachments", Rule.SIGNED_IN),
      entry("POST /api/v1/pages/{id}/restore", Rule.SIGNED_IN),
      entry("POST /api/v1/pages/{id}/move", Rule.SIGNED_IN),
      entry("POST /api/v1/pages/{id}/copy", Rule.SIGNED_IN),
      entry("POST /api/v1/pages/{id}/archive", Rule.SIGNED_IN),
      entry("POST /api/v1/pages/{id}/unarchive", Rule.SIGNED_IN),
      entry("GET /api/v1/pages/{id}/markdown", Rule.SIGNED_IN),
      entry("GET /api/v1/pages/{id}/restrictions", Rule.SIGNED_IN),
      entry("PUT /api/v1/pages/{id}/restrictions", Rule.SIGNED_IN),
      entry("GET /api/v1/me/favourite-pages", Rule.SIGNED_IN),
      entry("PUT /api/v1/me/favourite-pages/{id}", Rule.SIGNED_IN),
      entry("DELETE /api/v1/me/favourite-pages/{id}", Rule.SIGNED_IN),
      entry("GET /api/v1/me/recent-pages", Rule.SIGNED_IN),
      entry("GET /api/v1/templates", Rule.SIGNED_IN),
      entry("POST /api/v1/templates", Rule.SIGNED_IN),
      entry("DELETE /api/v1/templates/{id}", Rule.SIGNED_IN),
      // page history: anyone who may read the page (404 otherwise); naming needs edit rights
      entry("GET /api/v1/pages/{id}/versions", Rule.SIGNED_IN),
      entry("GET /api/v1/pages/{id}/versions/{number}", Rule.SIGNED_IN),
      entry("PUT /api/v1/pages/{id}/versions/{number}/name", Rule.SIGNED_IN),
      // a page's discussion and watching: whoever may read the page (404 otherwise); mentions in
      // its text: editors
      entry("GET /api/v1/pages/{id}/comments", Rule.SIGNED_IN),
      entry("POST /api/v1/pages/{id}/comments", Rule.SIGNED_IN),
      entry("POST /api/v1/page-threads/{id}/replies", Rule.SIGNED_IN),
      entry("POST /api/v1/page-threads/{id}/resolve", Rule.SIGNED_IN),
      entry("POST /api/v1/page-threads/{id}/reopen", Rule.SIGNED_IN),
      entry("PATCH /api/v1/page-comments/{id}", Rule.SIGNED_IN),
      entry("DELETE /api/v1/page-comments/{id}", Rule.SIGNED_IN),
      entry("GET /api/v1/pages/{id}/watch", Rule.SIGNED_IN),
      entry("PUT /api/v1/pages/{id}/watch", Rule.SIGNED_IN),
      entry("DELETE /api/v1/pages/{id}/watch", Rule.SIGNED_IN),
      entry("POST /api/v1/pages/{id}/mentions", Rule.SIGNED_IN),
      // a page's collab socket: realtime's handshake rules, then the page must be readable
      // (CollabSocketTest)
      entry("GET /api/v1/pages/{id}/collab", Rule.SIGNED_IN),
      // notifications: everyone signed in, guests too, only their own (someone else's answers 404)
      entry("GET /api/v1/notifications", Rule.SIGNED_IN),
      entry("GET /api/v1/notifications/unread-count", Rule.SIGNED_IN),
      entry("POST /api/v1/notifications/{id}/read", Rule.SIGNED_IN),
      entry("POST /api/v1/notifications/{id}/unread", Rule.SIGNED_IN),
      entry("POST /api/v1/notifications/read-all", Rule.SIGNED_IN),
      entry("GET /api/v1/notifications/preferences", Rule.SIGNED_IN),
      entry("PUT /api/v1/notifications/preferences", Rule.SIGNED_IN),
      entry("GET /api/v1/notifications/digest", Rule.SIGNED_IN),
      // announcements: readers get 404 for what they may not see (RealResourceMatrixTest); guests
      // write none; categories and approval settings are the administrators'; publishers are
      // granted by whoever manages the department
      entry("GET /api/v1/announcements", Rule.SIGNED_IN),
      entry("POST /api/v1/announcements", Rule.MEMBER),
      entry("GET /api/v1/announcements/banner", Rule.SIGNED_IN),
      entry("POST /api/v1/announcements/audience-size", Rule.MEMBER),
      entry("GET /api/v1/announcements/{id}", Rule.SIGNED_IN),
      entry("PUT /api/v1/announcements/{id}", Rule.SIGNED_IN),
      entry("DELETE /api/v1/announcements/{id}", Rule.SIGNED_IN),
      entry("POST /api/v1/announcements/{id}/publish", Rule.SIGNED_IN),
      entry("POST /api/v1/announcements/{id}/withdraw", Rule.SIGNED_IN),
      entry("POST /api/v1/announcements/{id}/approve", Rule.SIGNED_IN),
      entry("POST /api/v1/announcements/{id}/return", Rule.SIGNED_IN),
      entry("POST /api/v1/announcements/{id}/open", Rule.SIGNED_IN),
      entry("POST /api/v1/announcements/{id}/confirm", Rule.SIGNED_IN),
      entry("GET /api/v1/announcements/{id}/versions", Rule.SIGNED_IN),
      entry("GET /api/v1/announcements/{id}/versions/{number}", Rule.SIGNED_IN),
      entry("GET /api/v1/announcements/{id}/comments", Rule.SIGNED_IN),
      entry("POST /api/v1/announcements/{id}/comments", Rule.SIGNED_IN),
      entry("PUT /api/v1/announcements/{id}/reactions/{emoji}", Rule.SIGNED_IN),
      entry("DELETE /api/v1/announcements/{id}/reactions/{emoji}", Rule.SIGNED_IN),
      entry("GET /api/v1/announcement-categories", Rule.SIGNED_IN),
      entry("PUT /api/v1/admin/announcement-categories", Rule.SYSTEM_ADMIN),
      entry("GET /api/v1/admin/announcement-settings", Rule.SYSTEM_ADMIN),
      entry("PUT /api/v1/admin/announcement-settings", Rule.SYSTEM_ADMIN),
      entry("GET /api/v1/announcement-publishers/{id}", Rule.DEPARTMENT_ADMIN),
      entry("PUT /api/v1/announcement-publishers/{id}", Rule.DEPARTMENT_ADMIN),
      // an announcement's statistics and reminders: its author and system administrators; anyone
      // else 404, as if it did not exist (AnnouncementStatisticsTest, RealResourceMatrixTest)
      entry("GET /api/v1/announcements/{id}/stats", Rule.SIGNED_IN),
      entry("GET /api/v1/announcements/{id}/stats/people", Rule.SIGNED_IN),
      entry("GET /api/v1/announcements/{id}/stats/export", Rule.SIGNED_IN),
      entry("POST /api/v1/announcements/{id}/remind", Rule.SIGNED_IN),
      entry("GET /api/v1/announcements/{id}/reminders", Rule.SIGNED_IN),
      entry("PUT /api/v1/announcements/{id}/reminders", Rule.SIGNED_IN),
      // the WebSocket handshake is not a controller mapping, so the walk below does not reach it;
      // listed so the rule is written down: signed in, same Origin (HandshakeRules,
      // SocketSecurityTest)
      // tasks: a project or task one may not see answers 404 (RealResourceMatrixTest); guests
      // open no project but keep personal tasks and work in projects shared with them
      // calendar: a calendar or event one may not see answers 404, one seen as free/busy only
      // answers busy time (RealResourceMatrixTest); guests open no calendar of their own
      entry("GET /api/v1/mail/mailboxes", Rule.SIGNED_IN),
      entry("GET /api/v1/mail/mailboxes/{id}/folders", Rule.SIGNED_IN),
      entry("POST /api/v1/mail/mailboxes/{id}/folders", Rule.SIGNED_IN),
      entry("PATCH /api/v1/mail/folders/{id}", Rule.SIGNED_IN),
      entry("DELETE /api/v1/mail/folders/{id}", Rule.SIGNED_IN),
      entry("GET /api/v1/mail/mailboxes/{id}/labels", Rule.SIGNED_IN),
      entry("POST /api/v1/mail/mailboxes/{id}/labels", Rule.SIGNED_IN),
      entry("PATCH /api/v1/mail/labels/{id}", Rule.SIGNED_IN),
      entry("DELETE /api/v1/mail/labels/{id}", Rule.SIGNED_IN),
      entry("GET /api/v1/mail/folders/{id}/threads", Rule.SIGNED_IN),
      entry("GET /api/v1/mail/mailboxes/{id}/threads/{threadId}", Rule.SIGNED_IN),
      entry("GET /api/v1/mail/messages/{id}", Rule.SIGNED_IN),
      entry("GET /api/v1/mail/messages/{id}/raw", Rule.SIGNED_IN),
      entry("POST /api/v1/mail/messages/{id}/remote-images", Rule.SIGNED_IN),
      entry("GET /api/v1/mail/messages/{id}/images", Rule.SIGNED_IN),
      entry("POST /api/v1/mail/messages/{id}/invitation", Rule.SIGNED_IN),
      entry("POST /api/v1/mail/mailboxes/{id}/messages/bulk", Rule.SIGNED_IN),
      entry("POST /api/v1/mail/messages/{id}/reply", Rule.SIGNED_IN),
      entry("POST /api/v1/mail/messages/{id}/forward", Rule.SIGNED_IN),
      entry("GET /api/v1/mail/mailboxes/{id}/drafts", Rule.SIGNED_IN),
      entry("POST /api/v1/mail/mailboxes/{id}/drafts", Rule.SIGNED_IN),
      entry("GET /api/v1/mail/drafts/{id}", Rule.SIGNED_IN),
      entry("PUT /api/v1/mail/drafts/{id}", Rule.SIGNED_IN),
      entry("DELETE /api/v1/mail/drafts/{id}", Rule.SIGNED_IN),
      entry("POST /api/v1/mail/drafts/{id}/send", Rule.SIGNED_IN),
      entry("GET /api/v1/calendars", Rule.SIGNED_IN),
      entry("POST /api/v1/calendars", Rule.MEMBER),
      entry("GET /api/v1/calendars/{id}", Rule.SIGNED_IN),
      entry("PATCH /api/v1/calendars/{id}", Rule.SIGNED_IN),
      entry("DELETE /api/v1/calendars/{id}", Rule.SIGNED_IN),
      entry("GET /api/v1/calendars/{id}/grants", Rule.SIGNED_IN),
      entry("PUT /api/v1/calendars/{id}/grants", Rule.SIGNED_IN),
      entry("PUT /api/v1/calendars/{id}/subscription", Rule.SIGNED_IN),
      entry("DELETE /api/v1/calendars/{id}/subscription", Rule.SIGNED_IN),
      entry("GET /api/v1/people/{personId}/calendar", Rule.SIGNED_IN),
      entry("GET /api/v1/calendar/window", Rule.SIGNED_IN),
      entry("POST /api/v1/calendars/{id}/events", Rule.SIGNED_IN),
      entry("GET /api/v1/events/{id}", Rule.SIGNED_IN),
      entry("PATCH /api/v1/events/{id}", Rule.SIGNED_IN),
      entry("DELETE /api/v1/events/{id}", Rule.SIGNED_IN),
      entry("POST /api/v1/events/{id}/move", Rule.SIGNED_IN),
      entry("GET /api/v1/task-projects", Rule.SIGNED_IN),
      entry("POST /api/v1/task-projects", Rule.MEMBER),
      entry("GET /api/v1/task-projects/{id}", Rule.SIGNED_IN),
      entry("PATCH /api/v1/task-projects/{id}", Rule.SIGNED_IN),
      entry("DELETE /api/v1/task-projects/{id}", Rule.SIGNED_IN),
      entry("GET /api/v1/task-projects/{id}/grants", Rule.SIGNED_IN),
      entry("PUT /api/v1/task-projects/{id}/grants", Rule.SIGNED_IN),
      entry("POST /api/v1/task-projects/{id}/sections", Rule.SIGNED_IN),
      entry("GET /api/v1/task-projects/{id}/tasks", Rule.SIGNED_IN),
      entry("GET /api/v1/task-projects/{id}/views", Rule.SIGNED_IN),
      entry("POST /api/v1/task-projects/{id}/views", Rule.SIGNED_IN),
      entry("PATCH /api/v1/task-sections/{id}", Rule.SIGNED_IN),
      entry("DELETE /api/v1/task-sections/{id}", Rule.SIGNED_IN),
      entry("DELETE /api/v1/task-views/{id}", Rule.SIGNED_IN),
      entry("POST /api/v1/tasks", Rule.SIGNED_IN),
      entry("GET /api/v1/tasks/{id}", Rule.SIGNED_IN),
      entry("PATCH /api/v1/tasks/{id}", Rule.SIGNED_IN),
      entry("DELETE /api/v1/tasks/{id}", Rule.SIGNED_IN),
      entry("POST /api/v1/tasks/{id}/move", Rule.SIGNED_IN),
      entry("POST /api/v1/tasks/{id}/complete", Rule.SIGNED_IN),
      entry("POST /api/v1/tasks/{id}/reopen", Rule.SIGNED_IN),
      entry("GET /api/v1/tasks/{id}/history", Rule.SIGNED_IN),
      entry("GET /api/v1/tasks/{id}/comments", Rule.SIGNED_IN),
      entry("POST /api/v1/tasks/{id}/comments", Rule.SIGNED_IN),
      entry("PATCH /api/v1/task-comments/{id}", Rule.SIGNED_IN),
      entry("DELETE /api/v1/task-comments/{id}", Rule.SIGNED_IN),
      entry("GET /api/v1/my-tasks", Rule.SIGNED_IN),
      // task-links: each refuses as reading its object refuses (the message, the page, the
      // announcement, the project: RealResourceMatrixTest)
      entry("POST /api/v1/channels/{id}/messages/{seq}/task", Rule.SIGNED_IN),
      entry("POST /api/v1/pages/{id}/task", Rule.SIGNED_IN),
      entry("POST /api/v1/mail/messages/{id}/task", Rule.SIGNED_IN),
      entry("GET /api/v1/announcements/{id}/task", Rule.SIGNED_IN),
      entry("PUT /api/v1/announcements/{id}/task", Rule.SIGNED_IN),
      entry("DELETE /api/v1/announcements/{id}/task", Rule.SIGNED_IN),
      entry("GET /api/v1/task-projects/{id}/export", Rule.SIGNED_IN),
      entry("POST /api/v1/task-projects/{id}/import", Rule.SIGNED_IN),
      // mail joined up: each refuses as reading the mail refuses (RealResourceMatrixTest)
      entry("POST /api/v1/mail/messages/{id}/share", Rule.SIGNED_IN),
      entry("GET /api/v1/mail/messages/{id}/place", Rule.SIGNED_IN),
      // meeting rooms: everyone searches them; administrators change them; a booking's request is
      // decided by the room's approvers only (others 404, RoomBookingTest)
      entry("GET /api/v1/rooms", Rule.SIGNED_IN),
      entry("POST /api/v1/rooms", Rule.SYSTEM_ADMIN),
      entry("PATCH /api/v1/rooms/{id}", Rule.SYSTEM_ADMIN),
      entry("DELETE /api/v1/rooms/{id}", Rule.SYSTEM_ADMIN),
      entry("GET /api/v1/rooms/requests", Rule.SIGNED_IN),
      entry("POST /api/v1/rooms/bookings/{id}/approve", Rule.SIGNED_IN),
      entry("POST /api/v1/rooms/bookings/{id}/decline", Rule.SIGNED_IN),
      // calendar invitations and free/busy: an event one may not see answers 404
      // (RealResourceMatrixTest); free/busy hides people whose calendar gives the caller nothing
      entry("POST /api/v1/events/{id}/answer", Rule.SIGNED_IN),
      entry("POST /api/v1/events/{id}/proposals", Rule.SIGNED_IN),
      entry("GET /api/v1/calendar/invitations", Rule.SIGNED_IN),
      entry("GET /api/v1/calendar/free-busy", Rule.SIGNED_IN),
      entry("GET /api/v1/calendar/find-time", Rule.SIGNED_IN),
      entry("GET /api/v1/calendar/feed", Rule.SIGNED_IN),
      entry("POST /api/v1/calendar/feed", Rule.SIGNED_IN),
      entry("DELETE /api/v1/calendar/feed", Rule.SIGNED_IN),
      entry("GET /api/v1/calendar-feeds/{token}", Rule.PUBLIC),
      entry("GET /api/v1/calendars/{id}/export", Rule.SIGNED_IN),
      entry("POST /api/v1/calendars/{id}/import", Rule.SIGNED_IN),
      entry("GET /api/v1/events/{id}/export", Rule.SIGNED_IN),
      // mail administration: domains, people's addresses, lists and shared mailboxes are for
      // administrators who manage settings; a mailbox's members and signature answer 404 to those
      // who may not read it (RealResourceMatrixTest); completion is the directory's view
      entry("GET /api/v1/mail/admin/domains", Rule.SYSTEM_ADMIN),
      entry("POST /api/v1/mail/admin/domains", Rule.SYSTEM_ADMIN),
      entry("DELETE /api/v1/mail/admin/domains", Rule.SYSTEM_ADMIN),
      entry("PUT /api/v1/mail/admin/default-domain", Rule.SYSTEM_ADMIN),
      entry("GET /api/v1/mail/admin/people/{personId}/addresses", Rule.SYSTEM_ADMIN),
      entry("POST /api/v1/mail/admin/people/{personId}/addresses", Rule.SYSTEM_ADMIN),
      entry("DELETE /api/v1/mail/admin/people/{personId}/addresses", Rule.SYSTEM_ADMIN),
      entry("PUT /api/v1/mail/admin/people/{personId}/primary-address", Rule.SYSTEM_ADMIN),
      entry("GET /api/v1/mail/admin/lists", Rule.SYSTEM_ADMIN),
      entry("POST /api/v1/mail/admin/lists", Rule.SYSTEM_ADMIN),
      entry("PATCH /api/v1/mail/admin/lists/{id}", Rule.SYSTEM_ADMIN),
      entry("DELETE /api/v1/mail/admin/lists/{id}", Rule.SYSTEM_ADMIN),
      entry("GET /api/v1/mail/admin/shared-mailboxes", Rule.SYSTEM_ADMIN),
      entry("POST /api/v1/mail/admin/shared-mailboxes", Rule.SYSTEM_ADMIN),
      entry("DELETE /api/v1/mail/admin/shared-mailboxes/{id}", Rule.SYSTEM_ADMIN),
      entry("GET /api/v1/mail/mailboxes/{id}/members", Rule.SIGNED_IN),
      entry("PUT /api/v1/mail/mailboxes/{id}/members", Rule.SIGNED_IN),
      entry("GET /api/v1/mail/mailboxes/{id}/signature", Rule.SIGNED_IN),
      entry("PUT /api/v1/mail/mailboxes/{id}/signature", Rule.SIGNED_IN),
      entry("GET /api/v1/mail/contacts", Rule.SIGNED_IN),
      entry("GET /api/v1/ws", Rule.SIGNED_IN));

  /**
   * Endpoints that manage credentials and second factors: they serve a signed-in browser session and
   * refuse every API token, whatever its owner's role, with 403 {@code auth.session-required}.
   */
  static final Set<String> SESSION_ONLY = Set.of(
      "POST /api/v1/me/tokens",
      "POST /api/v1/me/mfa/totp",
      "POST /api/v1/me/mfa/totp/confirm",
      "DELETE /api/v1/me/mfa/totp");

  @LocalServerPort
  int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyEndpointHasARule() {
    assertThat(RULES.keySet()).containsAll(endpoints());
  }

  @Test
  void everyRoleGetsExactlyWhatItsRuleAllows() {
    Api admin = People.admin(port);
    UUID root = People.rootDepartment(admin);
    var department = admin
        .post(
            "/api/v1/departments",
            Map.of("name", "权限部-" + UUID.randomUUID().toString().substring(0, 6), "parentId", root))
        .body();
    UUID departmentId = UUID.fromString(department.path("id").asString());
    var departmentAdmin = People.create(port, admin, "部门管理员", departmentId);
    admin.post(
        "/api/v1/admin/role-grants",
        Map.of(
            "personId",
            departmentAdmin.id(),
            "role",
            "DEPARTMENT_ADMIN",
            "departmentId",
            departmentId));
    var child = admin
        .post("/api/v1/departments", Map.of("name", "子部门", "parentId", departmentId))
        .body();
    var staff = People.create(port, admin, "下属员工", departmentId);
    var spare = People.create(port, admin, "Spare Person");
    String grant = admin
        .post(
            "/api/v1/admin/role-grants",
            Map.of(
                "personId", spare.id(), "role", "DEPARTMENT_ADMIN", "departmentId", departmentId))
        .body()
        .path("id")
        .asString();
    String group = admin
        .post("/api/v1/groups", Map.of("name", "Walkers " + UUID.randomUUID()))
        .body()
        .path("id")
        .asString();

    Map<Who, Api> callers = Map.of(
        Who.ANONYMOUS, new Api(port),
        Who.GUEST, token(People.createGuest(port, admin, "访客").api()),
        Who.MEMBER, token(People.create(port, admin, "普通成员").api()),
        Who.DEPARTMENT_ADMIN, token(departmentAdmin.api()),
        Who.SYSTEM_ADMIN, token(admin));

    List<String> wrong = new ArrayList<>();
    for (String endpoint : endpoints()) {
      Rule rule = RULES.get(endpoint);
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      String path = endpoint
          .substring(endpoint.indexOf(' ') + 1)
          .replace("departments/{id}", "departments/" + child.path("id").asString())
          .replace("people/{id}", "people/" + staff.id())
          .replace("groups/{id}", "groups/" + group)
          .replace("role-grants/{id}", "role-grants/" + grant)
          .replace("{emoji}", "%F0%9F%91%8D")
          .replace("{personId}", staff.id().toString())
          .replace("{number}", "1")
          .replace("{seq}", "1")
          .replace("{pageId}", UUID.randomUUID().toString())
          .replace("{threadId}", UUID.randomUUID().toString())
          .replace("{token}", "not-a-feed-secret")
          .replace("{id}", UUID.randomUUID().toString());
      for (Who who : Who.values()) {
        var answer = callers.get(who).send(method, path, method.equals("GET") ? null : Map.of());
        int status = answer.status();
        if (SESSION_ONLY.contains(endpoint) && who != Who.ANONYMOUS) {
          if (status / 100 == 2
              || status == 403 && !answer.code().equals("auth.session-required")) {
            wrong.add(who + "'s token " + endpoint + " answered " + status + " " + answer.code()
                + " (session only)");
          }
          continue;
        }
        boolean allowed = who.ordinal() >= rule.ordinal();
        if (allowed && (status == 401 || status == 403)
            || !allowed && status >= 200 && status < 300) {
          wrong.add(who + " " + endpoint + " answered " + status + " (rule " + rule + ")");
        }
        if (who == Who.ANONYMOUS && rule != Rule.PUBLIC && status != 401) {
          wrong.add("ANONYMOUS " + endpoint + " answered " + status + ", not 401");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void noBadInputMakesAServerError() {
    Api admin = token(People.admin(port));
    List<String> crashed = new ArrayList<>();
    for (String endpoint : endpoints()) {
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      String path = endpoint
          .substring(endpoint.indexOf(' ') + 1)
          .replace("{id}", "not-an-id")
          .replace("{personId}", "nobody")
          .replace("{emoji}", "not-an-emoji")
          .replace("{number}", "not-a-number")
          .replace("{seq}", "not-a-number")
          .replace("{pageId}", "not-an-id")
          .replace("{threadId}", "not-an-id")
          .replace("{token}", "not-a-feed-secret");
      List<Api.Response> answers = List.of(
          admin.send(
              method,
              path,
              method.equals("GET")
                  ? null
                  : Map.of("name", List.of(1, 2), "parentId", "x", "scopes", "all")),
          admin.sendRaw(
              method.equals("GET") ? "POST" : method,
              path,
              "application/json",
              "{not json".getBytes()),
          admin.send(
              method,
              endpoint
                      .substring(endpoint.indexOf(' ') + 1)
                      .replace("{id}", UUID.randomUUID().toString())
                      .replace("{personId}", UUID.randomUUID().toString())
                      .replace("{emoji}", "x")
                      .replace("{number}", "1")
                      .replace("{seq}", "1")
                      .replace("{pageId}", UUID.randomUUID().toString())
                      .replace("{threadId}", UUID.randomUUID().toString())
                      .replace("{token}", "not-a-feed-secret")
                  + "?page=-1&size=99999&from=yesterday-ish&dryRun=maybe",
              method.equals("GET") ? null : Map.of()));
      for (Api.Response answer : answers) {
        if (answer.status() >= 500
            || !answer.body().isNull()
                && answer.status() >= 400
                && answer.code().isEmpty()) {
          crashed.add(endpoint + " answered " + answer.status() + " " + answer.body());
        }
      }
    }
    assertThat(crashed).isEmpty();
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

  /** A token with every scope, so the walk tests roles and not scopes or CSRF. */
  private Api token(Api session) {
    String secret = session
        .post(
            "/api/v1/me/tokens",
            Map.of("name", "walk", "scopes", List.of("read", "write", "admin"), "expiresInDays", 1))
        .body()
        .path("secret")
        .asString();
    return new Api(port).withBearer(secret);
  }
}
