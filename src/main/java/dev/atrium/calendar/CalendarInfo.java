package dev.atrium.calendar;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A calendar as I see it: my {@code role} on it, whether I overlay it ({@code subscribed}, shown when
 * {@code visible}) in my colour ({@code color}), whether it is my own personal one ({@code mine}),
 * and its stream's position ({@code lastSeq}): a client that loaded it continues the stream from there.
 * {@code timeZoneChosen} is false while a personal calendar is still in the UTC it was made with
 * and nobody set its zone; the web client then sets it once to the browser's.
 */
public record CalendarInfo(
    UUID id,
    String name,
    String description,
    CalendarKind kind,
    String color,
    String timeZone,
    boolean timeZoneChosen,
    CalendarRole role,
    UUID ownerId,
    @Nullable UUID departmentId,
    boolean subscribed,
    boolean visible,
    boolean mine,
    long lastSeq) {}
