package dev.atrium.calendar;

import java.util.List;
import java.util.UUID;

/**
 * A person's busy blocks in the asked window, earliest first. {@code hidden} when the asker may not
 * see their free/busy (the person's calendar is not shared with them): no blocks then, "no
 * information" rather than "free".
 */
public record FreeBusyPerson(UUID personId, boolean hidden, List<BusyBlock> busy) {}
