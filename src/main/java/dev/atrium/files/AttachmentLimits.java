package dev.atrium.files;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The administrator's limits for uploads: the largest file in bytes, and the file-name extensions
 * (without the dot) and sniffed content types that are refused.
 */
public record AttachmentLimits(@NotNull Long maxBytes, @NotNull List<String> blockedExtensions,
                               @NotNull List<String> blockedContentTypes) {}
