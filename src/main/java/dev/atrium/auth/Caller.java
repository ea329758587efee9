package dev.atrium.auth;

import dev.atrium.access.Subject;
import java.util.Set;
import java.util.UUID;

/**
 * A request's verified caller: a browser session or an API token. Pending steps (a password to
 * change, MFA to enrol) confine a session to the account screens until done.
 */
public record Caller(
    Subject subject,
    UUID credentialId,
    boolean viaToken,
    Set<String> tokenScopes,
    boolean passwordChangeRequired,
    boolean mfaEnrolmentRequired) {}
