package dev.atrium.doc;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Copies a page's tags, content and restrictions under a new title: right after the original, or
 * at the end of {@code parentId}'s children in {@code spaceId}. With {@code includeChildren}, the
 * pages below it that the copier may read come along, under their own titles, in their order and
 * with their own restrictions.
 */
public record CopyPage(
    @NotBlank @Size(max = 200) String title,
    @Nullable UUID spaceId,
    @Nullable UUID parentId,
    @Nullable Boolean includeChildren) {}
