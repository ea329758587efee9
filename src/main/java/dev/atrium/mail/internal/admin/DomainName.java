package dev.atrium.mail.internal.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The domain to make the default. */
public record DomainName(@NotNull @Size(max = 253) String name) {}
