package dev.atrium.calendar.internal;

import dev.atrium.access.Grantee;
import dev.atrium.access.ResourceType;
import dev.atrium.calendar.CalendarGrantKind;
import dev.atrium.calendar.CalendarRole;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

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

  /** A department in the API is the department with everyone below it. */
  public static Grantee grantee(CalendarGrantKind kind, @Nullable UUID id) {
    return Grantee.of(
        switch (kind) {
          case PERSON -> Grantee.Kind.PERSON;
          case DEPARTMENT -> Grantee.Kind.SUBTREE;
          case GROUP -> Grantee.Kind.GROUP;
          case COMPANY -> Grantee.Kind.COMPANY;
        },
        id);
  }

  /** The API's kind of a grantee; null for kinds calendars never grant (direct members, guests). */
  public static @Nullable CalendarGrantKind kind(Grantee grantee) {
    return switch (grantee.kind()) {
      case PERSON -> CalendarGrantKind.PERSON;
      case SUBTREE -> CalendarGrantKind.DEPARTMENT;
      case GROUP -> CalendarGrantKind.GROUP;
      case COMPANY -> CalendarGrantKind.COMPANY;
      case DEPARTMENT, GUESTS -> null;
    };
  }
}
