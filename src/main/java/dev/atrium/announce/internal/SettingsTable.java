package dev.atrium.announce.internal;

import dev.atrium.announce.ApprovalSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code announce.settings}: its one row. */
@Repository
public class SettingsTable {

  private final JdbcClient jdbc;

  SettingsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public ApprovalSettings read() {
    return jdbc.sql("select approval_threshold, company_wide_needs_approval from announce.settings")
        .query((rs, n) -> new ApprovalSettings(
            (Integer) rs.getObject("approval_threshold"),
            rs.getBoolean("company_wide_needs_approval")))
        .single();
  }

  public void write(ApprovalSettings settings) {
    jdbc.sql("update announce.settings set approval_threshold = ?, company_wide_needs_approval = ?")
        .params(settings.approvalThreshold(), settings.companyWideNeedsApproval())
        .update();
  }
}
