package dev.atrium.doc;

import java.util.UUID;

/** A page was copied, its content included; published inside the copy's transaction. */
public record PageCopied(UUID originalId, UUID copyId) {}
