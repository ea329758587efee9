package dev.atrium.doc.internal;

import dev.atrium.doc.PrincipalKind;
import dev.atrium.doc.SpaceRole;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One stored grant of a space. */
public record GrantRow(PrincipalKind kind, @Nullable UUID principalId, SpaceRole role) {}
