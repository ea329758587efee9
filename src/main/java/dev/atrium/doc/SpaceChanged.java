package dev.atrium.doc;

import java.util.UUID;

/** A space's name, description or archiving changed; listeners read what it is now. */
public record SpaceChanged(UUID spaceId) {}
