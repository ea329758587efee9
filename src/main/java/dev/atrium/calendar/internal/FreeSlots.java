package dev.atrium.calendar.internal;

import dev.atrium.calendar.BusyBlock;
import dev.atrium.calendar.CalendarSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Free times shared by everyone asked: walks the working days of the window in the zone, trying a
 * start every step from the day's start, and keeps a slot that fits the working day and meets no
 * busy block. The blocks are sorted once and walked with the candidates, so the cost is the number
 * of candidates plus blocks.
 */
public final class FreeSlots {

  private FreeSlots() {}

  public static List<CalendarSlot> find(
      List<BusyBlock> busy,
      Duration length,
      Instant from,
      Instant to,
      ZoneId zone,
      LocalTime dayStart,
      LocalTime dayEnd,
      Duration step,
      int limit) {
    List<BusyBlock> blocks = new ArrayList<>(busy);
    blocks.sort(Comparator.comparing(BusyBlock::start));
    List<CalendarSlot> slots = new ArrayList<>();
    int first = 0;
    for (LocalDate day = from.atZone(zone).toLocalDate();
        slots.size() < limit && !day.atStartOfDay(zone).toInstant().isAfter(to);
        day = day.plusDays(1)) {
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      Instant close = day.atTime(dayEnd).atZone(zone).toInstant();
      for (Instant start = day.atTime(dayStart).atZone(zone).toInstant();
          slots.size() < limit;
          start = start.plus(step)) {
        Instant end = start.plus(length);
        if (end.isAfter(close) || end.isAfter(to)) {
          break;
        }
        if (start.isBefore(from)) {
          continue;
        }
        // blocks ending by this start can meet no later candidate either
        while (first < blocks.size() && !blocks.get(first).end().isAfter(start)) {
          first++;
        }
        if (free(blocks, first, start, end)) {
          slots.add(new CalendarSlot(start, end));
        }
      }
    }
    return slots;
  }

  private static boolean free(List<BusyBlock> blocks, int first, Instant start, Instant end) {
    for (int i = first; i < blocks.size() && blocks.get(i).start().isBefore(end); i++) {
      if (blocks.get(i).end().isAfter(start)) {
        return false;
      }
    }
    return true;
  }
}
