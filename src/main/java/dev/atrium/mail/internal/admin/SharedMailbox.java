package dev.atrium.mail.internal.admin;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A mailbox several people work from (hr@), its From address and its members. */
public record SharedMailbox(
    UUID id, String name, @Nullable String address, List<MailboxMember> members) {}
