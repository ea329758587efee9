package dev.atrium.access;

import java.util.UUID;

/** Who is asking: a signed-in person, and whether they are a guest of the company. */
public record Subject(UUID personId, boolean guest) {}
