package dev.atrium.mail.internal.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A shared mailbox to make: its name, its address ({@code domain} the default when left out), its members. */
public record CreateSharedMailbox(
    @NotNull @Size(max = 100) String name,
    @NotNull @Size(max = 64) String localPart,
    @Nullable @Size(max = 253) String domain,
    @NotNull @Size(max = 200) List<@NotNull @Valid MailboxMember> members) {}
