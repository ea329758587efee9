package dev.atrium.chat.web;

import dev.atrium.access.Subject;
import dev.atrium.chat.DepartmentChannels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "admin")
@RestController
class DepartmentChannelsController {

  private final DepartmentChannels departments;

  DepartmentChannelsController(DepartmentChannels departments) {
    this.departments = departments;
  }

  @PostMapping("/api/v1/admin/department-channels/reconcile")
  @Operation(
      summary =
          "Brings every department channel in step with the org tree now, as the hourly pass does, "
              + "and answers what it changed")
  DepartmentChannels.Reconciled reconcile(@AuthenticationPrincipal Subject subject) {
    return departments.reconcile(subject);
  }
}
