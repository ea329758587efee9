package dev.atrium.files.web;

import dev.atrium.access.Subject;
import dev.atrium.files.AttachmentLimits;
import dev.atrium.files.StoredFiles;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "admin")
@RestController
class AttachmentLimitsController {

  private final StoredFiles files;

  AttachmentLimitsController(StoredFiles files) {
    this.files = files;
  }

  @GetMapping("/api/v1/admin/attachment-limits")
  AttachmentLimits limits(@AuthenticationPrincipal Subject subject) {
    return files.limitsForAdministrator(subject);
  }

  @PutMapping("/api/v1/admin/attachment-limits")
  AttachmentLimits change(
      @AuthenticationPrincipal Subject subject, @Valid @RequestBody AttachmentLimits body) {
    return files.setLimits(subject, body);
  }
}
