package dev.atrium.auth.web;

import dev.atrium.access.Subject;
import dev.atrium.auth.AccountAdministration;
import dev.atrium.auth.AccountAdministration.Policy;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "account-administration")
@RestController
class AccountAdminController {

  record TemporaryPassword(String temporaryPassword) {}

  record Settings(@NotNull Boolean mfaRequired) {}

  private final AccountAdministration administration;

  AccountAdminController(AccountAdministration administration) {
    this.administration = administration;
  }

  @PostMapping("/api/v1/people/{id}/reset-password")
  TemporaryPassword resetPassword(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return new TemporaryPassword(administration.resetPassword(subject, id));
  }

  @GetMapping("/api/v1/admin/settings")
  Policy settings(@AuthenticationPrincipal Subject subject) {
    return administration.policy(subject);
  }

  @PutMapping("/api/v1/admin/settings")
  Policy changeSettings(
      @AuthenticationPrincipal Subject subject, @Valid @RequestBody Settings body) {
    return administration.setPolicy(subject, new Policy(body.mfaRequired()));
  }
}
