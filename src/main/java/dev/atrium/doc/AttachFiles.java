package dev.atrium.doc;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Files the caller just uploaded, to hang on a page (images and attachments in its content). */
public record AttachFiles(@NotEmpty @Size(max = 20) List<UUID> fileIds) {}
