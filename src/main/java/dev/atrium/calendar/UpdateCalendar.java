package dev.atrium.calendar;

import dev.atrium.shared.Verbatim;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Changes a calendar's settings; what is left out stays. */
public record UpdateCalendar(
    @Nullable @Size(max = 100) String name,
    @Nullable @Size(max = 2000) @Verbatim String description,
    @Nullable @Size(max = 20) String color,
    @Nullable @Size(max = 64) String timeZone) {}
