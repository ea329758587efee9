package dev.atrium.announce;

import java.util.List;
import java.util.UUID;

/** Who holds the publisher role on a department (and so may publish to everyone in its subtree). */
public record PublisherGrants(UUID departmentId, List<AnnouncementPerson> publishers) {}
