/** Sign-in, sessions, password hashing (Argon2id), TOTP, personal API tokens, the MFA policy. */
@ApplicationModule(
    allowedDependencies = {"shared", "access", "org::directory", "org::events", "realtime"})
@NullMarked
package dev.atrium.auth;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
