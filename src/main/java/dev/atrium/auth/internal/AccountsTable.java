package dev.atrium.auth.internal;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code auth.account} and its recovery codes. */
@Repository
public class AccountsTable {

  /** A sign-in account; secrets stay encrypted here. */
  public record Account(
      UUID personId,
      String passwordHash,
      boolean passwordChangeRequired,
      @Nullable String totpSecret,
      @Nullable String totpPendingSecret,
      long totpLastStep,
      @Nullable String locale) {
    public boolean mfaEnabled() {
      return totpSecret != null;
    }
  }

  private final JdbcClient jdbc;

  AccountsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Account> find(UUID personId) {
    return jdbc.sql("""
        select person_id, password_hash, password_change_required, totp_secret, totp_pending_secret, totp_last_step, locale
        from auth.account where person_id = ?""")
        .param(personId)
        .query((rs, n) -> new Account(
            rs.getObject(1, UUID.class),
            rs.getString(2),
            rs.getBoolean(3),
            rs.getString(4),
            rs.getString(5),
            rs.getLong(6),
            rs.getString(7)))
        .optional();
  }

  /** Locks the row so concurrent TOTP checks cannot both accept one code. */
  public Optional<Account> findForUpdate(UUID personId) {
    jdbc.sql("select 1 from auth.account where person_id = ? for update")
        .param(personId)
        .query(Integer.class)
        .optional();
    return find(personId);
  }

  public void setPassword(UUID personId, String hash, boolean changeRequired) {
    jdbc.sql("""
        insert into auth.account (person_id, password_hash, password_change_required) values (?, ?, ?)
        on conflict (person_id) do update set password_hash = excluded.password_hash,
          password_change_required = excluded.password_change_required, password_changed_at = now()""").params(personId, hash, changeRequired).update();
  }

  public void setPendingTotp(UUID personId, @Nullable String sealedSecret) {
    jdbc.sql("update auth.account set totp_pending_secret = ? where person_id = ?")
        .params(sealedSecret, personId)
        .update();
  }

  public void enableTotp(UUID personId, String sealedSecret, long usedStep) {
    jdbc.sql(
            "update auth.account set totp_secret = ?, totp_pending_secret = null, totp_last_step = ? where person_id = ?")
        .params(sealedSecret, usedStep, personId)
        .update();
  }

  public void disableTotp(UUID personId) {
    jdbc.sql(
            "update auth.account set totp_secret = null, totp_pending_secret = null where person_id = ?")
        .param(personId)
        .update();
    jdbc.sql("delete from auth.recovery_code where person_id = ?")
        .param(personId)
        .update();
  }

  public void markTotpStepUsed(UUID personId, long step) {
    jdbc.sql("update auth.account set totp_last_step = ? where person_id = ?")
        .params(step, personId)
        .update();
  }

  public void setLocale(UUID personId, String locale) {
    jdbc.sql("update auth.account set locale = ? where person_id = ?")
        .params(locale, personId)
        .update();
  }

  public void replaceRecoveryCodes(UUID personId, Iterable<String> hashes) {
    jdbc.sql("delete from auth.recovery_code where person_id = ?")
        .param(personId)
        .update();
    for (String hash : hashes) {
      jdbc.sql("insert into auth.recovery_code (person_id, code_hash) values (?, ?)")
          .params(personId, hash)
          .update();
    }
  }

  /** Marks one unused recovery code as used; false when none matched. */
  public boolean useRecoveryCode(UUID personId, String hash) {
    return jdbc.sql(
                "update auth.recovery_code set used_at = now() where person_id = ? and code_hash = ? and used_at is null")
            .params(personId, hash)
            .update()
        == 1;
  }
}
