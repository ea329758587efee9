package dev.atrium.calendar.internal;

import dev.atrium.access.ResourceAccess;
import dev.atrium.notify.NoticeGrouping;
import dev.atrium.notify.NoticeKinds;
import dev.atrium.notify.NoticeRequest;
import dev.atrium.notify.NoticeText;
import dev.atrium.notify.Notices;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Rooms' notices, from durable listeners after the booking's commit: a request to the room's
 * approvers (its calendar's managers), the decision to the meeting's organiser, and to the organiser
 * of a series the occurrences its room could not be kept for when rolled forward. A private
 * meeting's title is not told to approvers. Re-requests of one meeting fold while unread.
 */
@Component
class RoomNotices {

  static final String REQUEST = "calendar.room-request";
  static final String DECIDED = "calendar.room-decided";
  static final String LAPSED = "calendar.room-lapsed";

  /** Where approvers answer requests in the web client. */
  static final String REQUESTS_LINK = "/calendar/rooms/requests";

  private final RoomsTable rooms;
  private final ResourceAccess resources;
  private final Notices notices;

  RoomNotices(RoomsTable rooms, ResourceAccess resources, Notices notices) {
    this.rooms = rooms;
    this.resources = resources;
    this.notices = notices;
  }

  @Bean
  static NoticeKinds roomNoticeKinds() {
    return new NoticeKinds("calendar", List.of(REQUEST, DECIDED, LAPSED));
  }

  @ApplicationModuleListener
  void on(RoomRequested event) {
    rooms.facts(event.eventId(), event.roomId()).ifPresent(facts -> {
      Set<UUID> approvers = new LinkedHashSet<>(
          resources.people(CalendarResources.CALENDAR, facts.calendarId(), "manager"));
      approvers.remove(facts.organizerId());
      if (approvers.isEmpty()) {
        return;
      }
      notices.publish(new NoticeRequest(
          REQUEST,
          approvers,
          Set.of(),
          List.of(facts.organizerId()),
          facts.isPrivate()
              ? NoticeText.of(
                  "calendarRooms.notices.requestPrivate", Map.of("room", facts.roomName()))
              : NoticeText.of(
                  "calendarRooms.notices.request",
                  Map.of("room", facts.roomName(), "title", facts.title())),
          null,
          null,
          REQUESTS_LINK,
          null,
          new NoticeGrouping.FoldWhileUnread(
              "calendar.room-request:" + event.eventId() + ":" + event.roomId()),
          Set.of()));
    });
  }

  @ApplicationModuleListener
  void on(RoomDecided event) {
    rooms.facts(event.eventId(), event.roomId()).ifPresent(facts -> {
      if (facts.organizerId().equals(event.deciderId())) {
        return;
      }
      notices.publish(new NoticeRequest(
          DECIDED,
          Set.of(facts.organizerId()),
          Set.of(),
          List.of(event.deciderId()),
          NoticeText.of(
              event.approved()
                  ? "calendarRooms.notices.approved"
                  : "calendarRooms.notices.declined",
              Map.of("room", facts.roomName(), "title", facts.title())),
          null,
          null,
          "/calendar/events/" + event.eventId(),
          null,
          new NoticeGrouping.FoldWhileUnread(
              "calendar.room-decided:" + event.eventId() + ":" + event.roomId()),
          Set.of()));
    });
  }

  @ApplicationModuleListener
  void on(RoomLapsed event) {
    rooms
        .facts(event.eventId(), event.roomId())
        .ifPresent(facts -> notices.publish(new NoticeRequest(
            LAPSED,
            Set.of(facts.organizerId()),
            Set.of(),
            List.of(),
            NoticeText.of(
                "calendarRooms.notices.lapsed",
                Map.of(
                    "room",
                    facts.roomName(),
                    "title",
                    facts.title(),
                    "count",
                    String.valueOf(event.count()))),
            null,
            null,
            "/calendar/events/" + event.eventId(),
            null,
            new NoticeGrouping.FoldWhileUnread(
                "calendar.room-lapsed:" + event.eventId() + ":" + event.roomId()),
            Set.of())));
  }
}
