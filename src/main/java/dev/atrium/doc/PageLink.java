package dev.atrium.doc;

import java.time.Instant;
import java.util.UUID;

/** A page in a list of favourites or recently viewed pages: enough to label it and open it. */
public record PageLink(UUID id, String title, UUID spaceId, String spaceName, Instant updatedAt) {}
