package dev.atrium.calendar;

import java.util.List;
import java.util.UUID;

/** A meeting room's busy blocks in the asked window: the events held in it, earliest first. */
public record FreeBusyRoom(UUID roomId, List<BusyBlock> busy) {}
