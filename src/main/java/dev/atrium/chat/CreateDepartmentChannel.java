package dev.atrium.chat;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Turns on a department's channel: its members are the people of the department's subtree. */
public record CreateDepartmentChannel(@NotNull UUID departmentId) {}
