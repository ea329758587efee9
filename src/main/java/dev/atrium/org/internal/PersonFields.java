package dev.atrium.org.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The fields of a person an administrator or an import sets. */
public record PersonFields(
    String name,
    String email,
    @Nullable String phone,
    @Nullable String employeeNo,
    @Nullable String title,
    UUID primaryDepartmentId) {}
