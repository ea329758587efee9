/**
 * Calendar (日程): personal, team and department calendars shared as free/busy, read, edit or
 * manage; events with recurrence, attendees, rooms and reminders; overlays of colleagues' and shared
 * calendars; live on each calendar's stream (issue #15).
 */
@ApplicationModule(
    allowedDependencies = {
      "shared",
      "access",
      "org::directory",
      "org::events",
      "files",
      "search",
      "realtime",
      "notify",
      "chat::alerts",
      "task::calendar"
    })
@NullMarked
package dev.atrium.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
