package dev.atrium.announce;

import java.util.UUID;

/** A person as an announcement names them: its author, a commenter. */
public record AnnouncementPerson(UUID id, String name) {}
