package dev.atrium.calendar;

import java.util.UUID;

/** An attendee proposed another time for an event; the organiser is to hear of it. */
public record TimeProposed(UUID proposalId, UUID eventId, UUID organizerId, UUID personId) {}
