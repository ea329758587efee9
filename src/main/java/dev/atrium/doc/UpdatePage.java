package dev.atrium.doc;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Renames a page or replaces its tags (what is given). */
public record UpdatePage(
    @Nullable @Size(min = 1, max = 200) String title,
    @Nullable @Size(max = 100) List<@NotNull @Size(max = 100) String> tags) {}
