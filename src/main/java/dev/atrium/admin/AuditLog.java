package dev.atrium.admin;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.admin.internal.AuditTable;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import dev.atrium.shared.AuditableEvent;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Page;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes every {@link AuditableEvent} to the audit log in the transaction that published it, so an
 * administrative change and its record commit or roll back together.
 */
@Service
public class AuditLog {

  private final AuditTable table;
  private final OrgDirectory directory;
  private final Access access;

  AuditLog(AuditTable table, OrgDirectory directory, Access access) {
    this.table = table;
    this.directory = directory;
    this.access = access;
  }

  @EventListener
  void record(AuditableEvent event) {
    @Nullable UUID actorId = currentActor();
    @Nullable
    String actorName =
        actorId == null ? null : directory.find(actorId).map(PersonRef::name).orElse(null);
    table.append(
        actorId,
        actorName,
        event.action(),
        event.targetType(),
        event.targetId(),
        label(event),
        currentAddress(),
        event.details());
  }

  /** The event's own label; a person's name when an event about them (a role grant) knows only their id. */
  private @Nullable String label(AuditableEvent event) {
    if (event.targetLabel() != null
        || !"person".equals(event.targetType())
        || event.targetId() == null) {
      return event.targetLabel();
    }
    return directory.find(event.targetId()).map(PersonRef::name).orElse(null);
  }

  public Page<AuditEntry> browse(Subject subject, AuditQuery query) {
    access.check(subject, Permission.AUDIT_VIEW, Scope.company());
    if (query.size() < 1 || query.size() > 200 || query.page() < 0) {
      throw DomainException.badRequest("admin.page-invalid", "Page from 0, size 1 to 200.");
    }
    return table.find(query);
  }

  /** True when every entry's hash still matches its content and its predecessor. */
  public boolean chainIntact(Subject subject) {
    access.check(subject, Permission.AUDIT_VIEW, Scope.company());
    return table.verifyChain();
  }

  private static @Nullable UUID currentActor() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof Subject s ? s.personId() : null;
  }

  private static @Nullable String currentAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      HttpServletRequest request = attrs.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }
}
