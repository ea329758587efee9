package dev.atrium.auth.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The installation-wide sign-in policy, one row. */
@Repository
public class PolicyTable {

  private final JdbcClient jdbc;

  PolicyTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean mfaRequired() {
    return jdbc.sql("select mfa_required from auth.policy").query(Boolean.class).single();
  }

  public void setMfaRequired(boolean required) {
    jdbc.sql("update auth.policy set mfa_required = ?").param(required).update();
  }
}
