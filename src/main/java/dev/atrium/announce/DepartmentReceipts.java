package dev.atrium.announce;

import java.util.UUID;

/**
 * One department's subtree in an announcement's statistics: its recipients (by the department they
 * were in when it was delivered) and whether there is a level below it to drill into.
 */
public record DepartmentReceipts(
    UUID id, String name, boolean hasChildren, long delivered, long opened, long confirmed) {}
