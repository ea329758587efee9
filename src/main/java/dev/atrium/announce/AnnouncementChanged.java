package dev.atrium.announce;

import java.util.UUID;

/** What readers find of an announcement changed (published, corrected, withdrawn, deleted): search follows. */
public record AnnouncementChanged(UUID id) {}
