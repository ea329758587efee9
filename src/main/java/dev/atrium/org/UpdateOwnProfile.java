package dev.atrium.org;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What everyone may change on their own profile; absent stays, empty clears. */
public record UpdateOwnProfile(
    @Nullable @Size(max = 40) String phone,
    @Nullable @Size(max = 200) String statusText) {}
