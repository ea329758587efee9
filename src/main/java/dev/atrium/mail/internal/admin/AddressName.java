package dev.atrium.mail.internal.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One of a person's addresses, e.g. the alias to make their From address. */
public record AddressName(@NotNull @Size(max = 254) String address) {}
