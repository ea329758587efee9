package dev.atrium.org;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Add a person to the directory; signing in is arranged by the auth module afterwards. */
public record CreatePerson(
    @NotBlank @Size(max = 100) String name,
    @NotBlank @Email @Size(max = 254) String email,
    @Nullable @Size(max = 40) String phone,
    @Nullable @Size(max = 40) String employeeNo,
    @NotNull UUID primaryDepartmentId,
    @Nullable @Size(max = 100) String title,
    @Nullable Boolean guest) {}
