package dev.atrium.mail.internal.admin;

import java.util.Set;
import java.util.UUID;

/** What mail to a list's address is delivered to now: its active members, and who may post to it. */
public record ListExpansion(UUID listId, String address, ListPosting posting, Set<UUID> members) {}
