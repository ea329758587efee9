package dev.atrium.mail;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A sender or recipient: an address and the name shown with it. */
public record MailPerson(
    @NotBlank @Size(max = 254) String address,
    @Nullable @Size(max = 200) String name) {}
