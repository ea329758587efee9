package dev.atrium.calendar;

import java.util.UUID;

/** A file hung on an event, readable by whoever may see the event's details. */
public record EventAttachment(UUID id, String name, long size, String contentType) {}
