package dev.atrium.calendar;

import dev.atrium.access.GranteeKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One grant of a calendar: who ({@code id} of the person, department or group; none for the
 * company) and their role. {@code name} labels them in answers and is ignored in requests.
 */
public record CalendarGrant(
    @NotNull GranteeKind kind,
    @Nullable UUID id,
    @Nullable @Size(max = 200) String name,
    @NotNull CalendarRole role) {}
