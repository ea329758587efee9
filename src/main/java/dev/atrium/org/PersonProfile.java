package dev.atrium.org;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A person's full profile: the summary's fields, contact details, the breadcrumb of the primary
 * department, every membership (the primary one first) and groups.
 */
@NamedInterface("directory")
public record PersonProfile(
    UUID id,
    String name,
    String email,
    @Nullable String title,
    @Nullable UUID departmentId,
    @Nullable String departmentName,
    PersonStatus status,
    boolean guest,
    String avatarColor,
    @Nullable String phone,
    @Nullable String employeeNo,
    @Nullable String statusText,
    List<DepartmentRef> departmentPath,
    List<Membership> memberships,
    List<GroupRef> groups,
    PersonCapabilities capabilities) {}
