package dev.atrium.org.internal;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of {@code org.person} with its primary department's name and path (empty without one). */
public record PersonRow(
    UUID id,
    String name,
    String email,
    @Nullable String phone,
    @Nullable String employeeNo,
    @Nullable String title,
    @Nullable String statusText,
    @Nullable UUID primaryDepartmentId,
    @Nullable String departmentName,
    List<UUID> departmentPath,
    boolean guest,
    boolean suspended) {}
