package dev.atrium.announce;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The people who are to hold the publisher role on a department, replacing those who do. */
public record ReplacePublishers(@NotNull @Size(max = 200) List<@NotNull UUID> personIds) {}
