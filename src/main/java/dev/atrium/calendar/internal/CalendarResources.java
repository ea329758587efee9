package dev.atrium.calendar.internal;

import dev.atrium.access.ResourceType;
import dev.atrium.calendar.CalendarRole;

/**
 * The resource type calendars declare in {@code access}: a calendar, whose grants say who may see
 * when its events are (free/busy), see them (reader), create and change them (editor) and manage it
 * (settings, grants, delete). Not administered for content: a person's calendar stays theirs.
 */
public final class CalendarResources {

  public static final ResourceType CALENDAR = ResourceType.named(
          "calendar.calendar", "freebusy", "reader", "editor", "manager")
      .allowing("freebusy", "freebusy")
      .allowing("view", "reader")
      .allowing("edit", "editor")
      .allowing("manage", "manager")
      .keeping("manager");

  private CalendarResources() {}

  public static String role(CalendarRole role) {
    return CALENDAR.role(role.rank());
  }

  public static CalendarRole calendarRole(String role) {
    return CalendarRole.ofRank(CALENDAR.rank(role));
  }
}
