package dev.atrium.mail;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A file a mail carries (files module: download it by {@code fileId}); {@code inlineCid} when its HTML shows it. */
public record MailAttachment(
    UUID fileId,
    String name,
    String contentType,
    long size,
    @Nullable String inlineCid) {}
