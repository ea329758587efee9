package dev.atrium.org;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Rename, move, or change the head of a department; absent fields stay as they are. */
public record UpdateDepartment(
    @Nullable @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*")
    String name,

    @Nullable UUID parentId,
    @Nullable UUID headId,
    @Nullable Boolean clearHead) {}
