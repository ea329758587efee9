package dev.atrium.org;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Change a person's directory entry. An absent field stays as it is; an empty phone, employee number
 * or title clears it.
 */
public record UpdatePerson(
    @Nullable @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*")
    String name,

    @Nullable @Email @Size(min = 3, max = 254) String email,
    @Nullable @Size(max = 40) String phone,
    @Nullable @Size(max = 40) String employeeNo,
    @Nullable @Size(max = 100) String title,
    @Nullable UUID primaryDepartmentId) {}
