package dev.atrium.org;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Replace a group's members with exactly these people. */
public record SetGroupMembers(@NotNull @Size(max = 10_000) List<@NotNull UUID> personIds) {}
