package dev.atrium.doc.collab.internal;

import java.util.Map;
import java.util.TreeMap;

/**
 * Clock ranges per Yjs client, merged: the structs an update carries, or the deletions it makes.
 * Enough to tell whether one update holds everything another does without integrating either.
 */
final class Ranges {

  /** client → (start → end, exclusive), non-overlapping and non-adjacent. */
  private final Map<Long, TreeMap<Long, Long>> byClient = new TreeMap<>();

  void add(long client, long start, long end) {
    if (end <= start) {
      return;
    }
    TreeMap<Long, Long> ranges = byClient.computeIfAbsent(client, c -> new TreeMap<>());
    var before = ranges.floorEntry(start);
    if (before != null && before.getValue() >= start) {
      start = before.getKey();
      end = Math.max(end, before.getValue());
    }
    var next = ranges.ceilingEntry(start);
    while (next != null && next.getKey() <= end) {
      end = Math.max(end, next.getValue());
      ranges.remove(next.getKey());
      next = ranges.ceilingEntry(start);
    }
    ranges.put(start, end);
  }

  void addAll(Ranges other) {
    other.byClient.forEach(
        (client, ranges) -> ranges.forEach((start, end) -> add(client, start, end)));
  }

  /** Whether every range of {@code other} lies within these. */
  boolean covers(Ranges other) {
    for (var client : other.byClient.entrySet()) {
      TreeMap<Long, Long> mine = byClient.get(client.getKey());
      for (var range : client.getValue().entrySet()) {
        var holder = mine == null ? null : mine.floorEntry(range.getKey());
        if (holder == null || holder.getValue() < range.getValue()) {
          return false;
        }
      }
    }
    return true;
  }

  boolean isEmpty() {
    return byClient.isEmpty();
  }

  /**
   * Yjs's state vector: per client, the clock up to which everything from 0 is held. A range that
   * does not start at 0 is not counted, so a peer that reads it sends what is missing rather than
   * skipping it.
   */
  Map<Long, Long> stateVector() {
    Map<Long, Long> vector = new TreeMap<>();
    byClient.forEach((client, ranges) -> {
      var first = ranges.firstEntry();
      if (first != null && first.getKey() == 0) {
        vector.put(client, first.getValue());
      }
    });
    return vector;
  }

  @Override
  public String toString() {
    return byClient.toString();
  }
}
