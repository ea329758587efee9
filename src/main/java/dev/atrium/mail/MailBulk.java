package dev.atrium.mail;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One action on messages of one mailbox, all or nothing: MOVE names {@code folderId}, LABEL/UNLABEL {@code labelId}. */
public record MailBulk(
    @NotEmpty @Size(max = 1000) List<UUID> messageIds,
    @NotNull MailBulkAction action,
    @Nullable UUID folderId,
    @Nullable UUID labelId) {}
