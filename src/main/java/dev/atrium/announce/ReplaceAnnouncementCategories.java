package dev.atrium.announce;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The categories in their order. A category left out that announcements use is archived rather
 * than deleted; one no announcement uses is deleted.
 */
public record ReplaceAnnouncementCategories(
    @NotEmpty @Size(max = 50) List<@NotNull @Valid AnnouncementCategory> categories) {}
