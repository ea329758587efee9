package dev.atrium.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The calendar's grants from now on; one of them must make a person or a department its manager. */
public record ReplaceCalendarGrants(
    @NotNull @Size(max = 200) List<@NotNull @Valid CalendarGrant> grants) {}
