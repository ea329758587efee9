package dev.atrium.mail.internal.admin;

import dev.atrium.access.GranteeKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who works from a mailbox: a person, a department with everyone below it, or a group, and their
 * role. {@code name} labels a person or department in answers (the client labels groups) and is
 * ignored in requests.
 */
public record MailboxMember(
    @NotNull GranteeKind kind,
    @Nullable UUID id,
    @Nullable @Size(max = 200) String name,
    @NotNull MailboxRole role) {}
