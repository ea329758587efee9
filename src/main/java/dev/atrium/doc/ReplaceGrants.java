package dev.atrium.doc;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The space's grants from now on; at least one of them must name an administrator. */
public record ReplaceGrants(@NotNull @Size(max = 200) List<@NotNull @Valid SpaceGrant> grants) {}
