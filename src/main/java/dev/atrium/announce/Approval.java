package dev.atrium.announce;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.announce.internal.SettingsTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** When publishing waits for a reviewer; administrators who manage settings read and set it. */
@Service
public class Approval {

  private final SettingsTable settings;
  private final Access access;

  Approval(SettingsTable settings, Access access) {
    this.settings = settings;
    this.access = access;
  }

  @Transactional(readOnly = true)
  public ApprovalSettings settings(Subject subject) {
    access.check(subject, Permission.SETTINGS_MANAGE, Scope.company());
    return settings.read();
  }

  @Transactional
  public ApprovalSettings change(Subject subject, ApprovalSettings next) {
    access.check(subject, Permission.SETTINGS_MANAGE, Scope.company());
    settings.write(next);
    return settings.read();
  }
}
