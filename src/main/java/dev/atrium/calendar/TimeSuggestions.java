package dev.atrium.calendar;

import java.util.List;

/** Times when everyone asked (people and rooms) is free, earliest first, at most ten. */
public record TimeSuggestions(List<CalendarSlot> slots) {}
