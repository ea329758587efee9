package dev.atrium.chat;

import java.util.UUID;

/** A public channel new people join on their first day; an archived one is skipped until unarchived. */
public record DefaultChannel(UUID id, String name, boolean archived) {}
