package dev.atrium.mail.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the SMTP bridge learned about a message from outside: the row of {@code mail.inbound} that
 * keeps it raw, whether its From claims one of our domains, and the SPF result when DNS answered.
 */
public record InboundChecks(
    UUID inboundId,
    String envelopeFrom,
    boolean spoofedInternal,
    @Nullable String spf) {}
