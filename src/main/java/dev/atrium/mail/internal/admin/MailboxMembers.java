package dev.atrium.mail.internal.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A mailbox's members from now on; one of them must be a manager. */
public record MailboxMembers(
    @NotNull @Size(max = 200) List<@NotNull @Valid MailboxMember> members) {}
