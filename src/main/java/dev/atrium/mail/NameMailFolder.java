package dev.atrium.mail;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A folder's name, to make or rename it. */
public record NameMailFolder(@NotBlank @Size(max = 100) String name) {}
