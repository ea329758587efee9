package dev.atrium.calendar;

import java.util.List;

/** The requests waiting for the reader's approval, soonest first. */
public record RoomRequestList(List<RoomRequest> requests) {}
