package dev.atrium.doc;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Writes a new page at the end of its parent's children (the space's top level without a parent),
 * starting from a template when one is named, in {@code language} for a built-in one (zh-CN unless en).
 */
public record CreatePage(
    @NotNull UUID spaceId,
    @Nullable UUID parentId,
    @NotBlank @Size(max = 200) String title,
    @Nullable @Size(max = 80) String templateId,
    @Nullable @Pattern(regexp = "zh-CN|en") String language) {}
