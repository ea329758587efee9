package dev.atrium.announce;

import java.util.List;
import java.util.UUID;

/** A published announcement reached people who joined its audience after publication. */
public record AnnouncementDelivered(UUID id, List<UUID> personIds) {}
