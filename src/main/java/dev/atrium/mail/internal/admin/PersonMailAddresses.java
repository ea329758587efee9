package dev.atrium.mail.internal.admin;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person's addresses: the From address of their mailbox ({@code primary}) and its aliases. Before
 * their mailbox exists ({@code mailboxId} null) {@code proposal} is the address it would be given.
 */
public record PersonMailAddresses(
    UUID personId,
    @Nullable UUID mailboxId,
    @Nullable String primary,
    List<String> aliases,
    @Nullable String proposal) {}
