package dev.atrium.calendar;

/**
 * Which occurrences of a recurring event a change or cancellation touches: the one named, that one
 * and those after it, or the whole series. A single event is always changed whole.
 */
public enum EditScope {
  THIS,
  FOLLOWING,
  ALL
}
