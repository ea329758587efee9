package dev.atrium.calendar;

/**
 * A person's own calendar (one each, made on first use), a team's, a department's (its people read
 * it), or a meeting room's (made with the room).
 */
public enum CalendarKind {
  PERSONAL,
  TEAM,
  DEPARTMENT,
  ROOM
}
