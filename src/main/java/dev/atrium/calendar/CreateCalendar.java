package dev.atrium.calendar;

import dev.atrium.shared.Verbatim;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Opens a shared calendar: a team's (its first {@code grants}; the creator is always its manager) or
 * a department's (names {@code departmentId}; the department's people read it). {@code timeZone}
 * (IANA) is where its all-day events fall; without it, UTC.
 */
public record CreateCalendar(
    @NotNull @Size(max = 100) String name,
    @Nullable @Size(max = 2000) @Verbatim String description,
    @NotNull CalendarKind kind,
    @Nullable UUID departmentId,
    @Nullable @Size(max = 20) String color,
    @Nullable @Size(max = 64) String timeZone,
    @Nullable @Size(max = 200) List<@NotNull @Valid CalendarGrant> grants) {}
