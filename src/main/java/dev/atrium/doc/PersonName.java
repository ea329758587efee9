package dev.atrium.doc;

import java.util.UUID;

/** A person as a comment or an answer names them: enough to show their name and avatar. */
public record PersonName(UUID id, String name, String avatarColor) {}
