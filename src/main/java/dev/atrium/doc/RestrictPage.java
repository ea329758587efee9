package dev.atrium.doc;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The page's own restrictions from now on (see {@link PageRestrictions}); two empty lists lift them. */
public record RestrictPage(
    @NotNull @Size(max = 200) List<@NotNull @Valid PageRestriction> readers,
    @NotNull @Size(max = 200) List<@NotNull @Valid PageRestriction> editors) {}
