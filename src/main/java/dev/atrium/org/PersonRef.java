package dev.atrium.org;

import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * What other modules may know of a person: identity, standing, and the path of their primary
 * department from the root (for access scopes; empty when they have none).
 */
@NamedInterface("directory")
public record PersonRef(
    UUID id,
    String name,
    String email,
    boolean guest,
    boolean suspended,
    List<UUID> departmentPath) {}
