package dev.atrium.calendar;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Overlays a calendar on mine in {@code color} (without it, the calendar's own), shown or hidden
 * ({@code visible}, default shown); what is left out of a change stays.
 */
public record SubscribeCalendar(
    @Nullable @Size(max = 20) String color, @Nullable Boolean visible) {}
