package dev.atrium.mail.internal.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new address for a person: {@code localPart} in {@code domain} (the default when left out);
 * {@code primary} makes it their From address, the old one staying as an alias.
 */
public record AddAddress(
    @NotNull @Size(max = 64) String localPart,
    @Nullable @Size(max = 253) String domain,
    @Nullable Boolean primary) {}
