package dev.atrium.admin.web;

import dev.atrium.access.Role;
import dev.atrium.access.Subject;
import dev.atrium.admin.AuditEntry;
import dev.atrium.admin.AuditLog;
import dev.atrium.admin.AuditQuery;
import dev.atrium.admin.RoleAdministration;
import dev.atrium.admin.RoleAdministration.GrantView;
import dev.atrium.shared.Page;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "admin")
@RestController
@RequestMapping("/api/v1/admin")
class AdminController {

  record NewGrant(
      @NotNull UUID personId, @NotNull Role role, @Nullable UUID departmentId) {}

  record ChainStatus(boolean intact) {}

  private final AuditLog audit;
  private final RoleAdministration roles;

  AdminController(AuditLog audit, RoleAdministration roles) {
    this.audit = audit;
    this.roles = roles;
  }

  @GetMapping("/audit")
  Page<AuditEntry> audit(
      @AuthenticationPrincipal Subject subject,
      @RequestParam(required = false) @Nullable UUID actorId,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @Nullable UUID targetId,
      @RequestParam(required = false) @Nullable Instant from,
      @RequestParam(required = false) @Nullable Instant to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return audit.browse(subject, new AuditQuery(actorId, action, targetId, from, to, page, size));
  }

  @GetMapping("/audit/integrity")
  ChainStatus integrity(@AuthenticationPrincipal Subject subject) {
    return new ChainStatus(audit.chainIntact(subject));
  }

  @GetMapping("/role-grants")
  java.util.List<GrantView> grants(@AuthenticationPrincipal Subject subject) {
    return roles.grants(subject);
  }

  @PostMapping("/role-grants")
  @ResponseStatus(HttpStatus.CREATED)
  GrantView grant(@AuthenticationPrincipal Subject subject, @Valid @RequestBody NewGrant body) {
    return roles.grant(subject, body.personId(), body.role(), body.departmentId());
  }

  @DeleteMapping("/role-grants/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    roles.revoke(subject, id);
  }
}
