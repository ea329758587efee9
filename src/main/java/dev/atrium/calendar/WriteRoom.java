package dev.atrium.calendar;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A room's details as an administrator writes them. When adding a room every field but
 * {@code archived} is needed; when changing one, a field left out (null) keeps its value, and
 * {@code archived} takes it out of search and booking (existing bookings stay) or brings it back.
 */
public record WriteRoom(
    @Nullable @Size(max = 200) String name,
    @Nullable @Size(max = 200) String building,
    @Nullable @Size(max = 40) String floor,
    @Nullable Integer capacity,
    @Nullable @Size(max = 40) List<@Size(max = 80) String> equipment,
    @Nullable Boolean needsApproval,
    @Nullable Boolean archived) {}
