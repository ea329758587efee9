package dev.atrium.files;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The administrator's limits for uploads: the largest file in bytes, and the file-name extensions
 * (without the dot) and sniffed content types that are refused.
 */
public record AttachmentLimits(
    @NotNull Long maxBytes,
    @NotNull @Size(max = 1000) List<@NotNull @Size(max = 100) String> blockedExtensions,
    @NotNull @Size(max = 1000) List<@NotNull @Size(max = 100) String> blockedContentTypes) {}
