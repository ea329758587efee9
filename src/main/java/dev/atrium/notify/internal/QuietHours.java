package dev.atrium.notify.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** Daily do-not-disturb hours in a person's time zone; an end before the start runs over midnight. */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

  public boolean covers(Instant at) {
    LocalTime local = at.atZone(zone).toLocalTime();
    return start.isBefore(end)
        ? !local.isBefore(start) && local.isBefore(end)
        : !local.isBefore(start) || local.isBefore(end);
  }
}
