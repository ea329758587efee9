package dev.atrium.calendar.internal;

import dev.atrium.calendar.CalendarKind;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A calendar with the viewer's rank on it (0 for none, then 1 to 4: free/busy, reader, editor,
 * manager) and their subscription's colour and visibility when they overlay it; {@code
 * timeZoneChosen} is false while a personal calendar keeps the zone the server made it with.
 */
public record CalendarRow(
    UUID id,
    String name,
    String description,
    CalendarKind kind,
    UUID ownerId,
    @Nullable UUID departmentId,
    String color,
    String timeZone,
    boolean timeZoneChosen,
    long lastSeq,
    int rank,
    @Nullable String subscribedColor,
    boolean visible) {

  public boolean subscribed() {
    return subscribedColor != null;
  }

  public boolean readable() {
    return rank >= CalendarResources.CALENDAR.rankFor("view");
  }

  public boolean editable() {
    return rank >= CalendarResources.CALENDAR.rankFor("edit");
  }

  public boolean manageable() {
    return rank >= CalendarResources.CALENDAR.rankFor("manage");
  }
}
