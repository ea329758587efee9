package dev.atrium.mail.internal.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A domain to receive mail for, e.g. {@code example.com}; the first one added is the default. */
public record AddDomain(@NotNull @Size(max = 253) String name) {}
