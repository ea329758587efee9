package dev.atrium.realtime;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One entry of a resource's stream at its gap-free position {@code seq}: {@code event} is the event
 * record as JSON, its {@code kind} property naming the record.
 */
public record StreamEntry(String stream, UUID resourceId, long seq, Instant at, JsonNode event) {}
