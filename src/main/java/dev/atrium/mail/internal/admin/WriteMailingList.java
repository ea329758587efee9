package dev.atrium.mail.internal.admin;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A list to make (name, local part, source and its id required) or changes to one (fields left out
 * keep their values). {@code domain} is the default one when left out; posting is COMPANY.
 */
public record WriteMailingList(
    @Nullable @Size(max = 100) String name,
    @Nullable @Size(max = 64) String localPart,
    @Nullable @Size(max = 253) String domain,
    @Nullable ListSource sourceKind,
    @Nullable UUID sourceId,
    @Nullable ListPosting posting) {}
