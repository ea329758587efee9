package dev.atrium.calendar.internal;

import dev.atrium.calendar.BusyBlock;
import dev.atrium.calendar.EventResponse;
import dev.atrium.calendar.internal.BusyTable.OccurrenceAnswer;
import dev.atrium.calendar.internal.BusyTable.Taking;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Busy blocks of people and rooms in a window, from {@link BusyTable}'s rows: a series expanded by
 * {@link Recurrences} (less its exceptions and overridden occurrences, which are rows of their own),
 * a person's answer to one occurrence before their answer to the series, and overlapping blocks of
 * the same kind joined.
 */
@Component
public class BusyTimes {

  private final BusyTable table;

  BusyTimes(BusyTable table) {
    this.table = table;
  }

  /** Each person's blocks, in the order asked; declined events and occurrences take no time. */
  public Map<UUID, List<BusyBlock>> people(Collection<UUID> people, Instant from, Instant to) {
    List<Taking> takings = table.people(people, from, to);
    Set<UUID> series = new HashSet<>();
    takings.stream().filter(t -> t.rrule() != null).forEach(t -> series.add(t.eventId()));
    Map<String, EventResponse> answers = new HashMap<>();
    for (OccurrenceAnswer answer : table.occurrenceAnswers(series, people)) {
      answers.put(key(answer.eventId(), answer.personId(), answer.occurrence()), answer.response());
    }
    return blocks(people, takings, answers, from, to);
  }

  /** Each room's blocks, in the order asked. */
  public Map<UUID, List<BusyBlock>> rooms(Collection<UUID> rooms, Instant from, Instant to) {
    return blocks(rooms, table.rooms(rooms, from, to), Map.of(), from, to);
  }

  private static Map<UUID, List<BusyBlock>> blocks(
      Collection<UUID> holders,
      List<Taking> takings,
      Map<String, EventResponse> answers,
      Instant from,
      Instant to) {
    Map<UUID, List<BusyBlock>> blocks = new LinkedHashMap<>();
    holders.forEach(holder -> blocks.put(holder, new ArrayList<>()));
    for (Taking taking : takings) {
      List<BusyBlock> into = blocks.computeIfAbsent(taking.holderId(), holder -> new ArrayList<>());
      if (taking.rrule() == null) {
        into.add(block(taking.start(), taking.end(), taking.response()));
        continue;
      }
      ZoneId zone = ZoneId.of(taking.timeZone());
      Duration length = Duration.between(taking.start(), taking.end());
      long days = ChronoUnit.DAYS.between(
          taking.start().atZone(zone).toLocalDate(), taking.end().atZone(zone).toLocalDate());
      Set<Instant> overridden = Set.copyOf(taking.overridden());
      List<Instant> starts = Recurrences.starts(
          taking.rrule(),
          taking.start(),
          zone,
          taking.allDay(),
          taking.exdates(),
          from.minus(length),
          to);
      for (Instant start : starts) {
        // an all-day occurrence ends at midnight, which a daylight-saving change moves in UTC
        Instant end =
            taking.allDay() ? start.atZone(zone).plusDays(days).toInstant() : start.plus(length);
        if (overridden.contains(start) || !end.isAfter(from) || !start.isBefore(to)) {
          continue;
        }
        EventResponse response = answers.getOrDefault(
            key(taking.eventId(), taking.holderId(), start), taking.response());
        if (response != EventResponse.DECLINED) {
          into.add(block(start, end, response));
        }
      }
    }
    blocks.replaceAll((holder, list) -> joined(list));
    return blocks;
  }

  private static BusyBlock block(Instant start, Instant end, EventResponse response) {
    return new BusyBlock(
        start, end, response == EventResponse.TENTATIVE || response == EventResponse.NEEDS_ACTION);
  }

  /** Sorted, with overlapping or touching blocks of the same kind made one. */
  static List<BusyBlock> joined(List<BusyBlock> blocks) {
    List<BusyBlock> sorted = new ArrayList<>(blocks);
    sorted.sort(Comparator.comparing(BusyBlock::start).thenComparing(BusyBlock::end));
    List<BusyBlock> joined = new ArrayList<>();
    Map<Boolean, Integer> lastOfKind = new HashMap<>();
    for (BusyBlock block : sorted) {
      Integer at = lastOfKind.get(block.tentative());
      if (at != null && !joined.get(at).end().isBefore(block.start())) {
        BusyBlock last = joined.get(at);
        if (block.end().isAfter(last.end())) {
          joined.set(at, new BusyBlock(last.start(), block.end(), last.tentative()));
        }
        continue;
      }
      joined.add(block);
      lastOfKind.put(block.tentative(), joined.size() - 1);
    }
    return joined;
  }

  private static String key(UUID eventId, UUID personId, Instant occurrence) {
    return eventId + "/" + personId + "/" + occurrence.toEpochMilli();
  }
}
