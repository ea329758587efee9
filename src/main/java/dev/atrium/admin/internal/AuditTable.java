package dev.atrium.admin.internal;

import dev.atrium.admin.AuditEntry;
import dev.atrium.admin.AuditQuery;
import dev.atrium.shared.Ids;
import dev.atrium.shared.Page;
import dev.atrium.shared.data.Timestamps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Appends to and reads {@code admin.audit_entry}. */
@Repository
public class AuditTable {

  private static final String GENESIS = "genesis";
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  AuditTable(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Appends one entry; the advisory lock keeps the chain a single line under concurrent writers. */
  public void append(
      @Nullable UUID actorId,
      @Nullable String actorName,
      String action,
      String targetType,
      @Nullable UUID targetId,
      @Nullable String targetLabel,
      @Nullable String ip,
      Map<String, Object> details) {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('admin.audit_entry'))")
        .query(Object.class)
        .single();
    jdbc.sql("""
        with last as (select seq, hash from admin.audit_entry order by seq desc limit 1),
             entry as (select coalesce((select seq from last), 0) + 1 as seq,
                              coalesce((select hash from last), :genesis) as prev,
                              :id::uuid as id, clock_timestamp() as at, :details::jsonb as details)
        insert into admin.audit_entry (seq, id, at, actor_id, actor_name, action, target_type, target_id, target_label,
                                       ip_address, details, prev_hash, hash)
        select seq, id, at, :actor, :actorName, :action, :targetType, :targetId, :targetLabel, :ip, details, prev,
               admin.audit_hash(prev, id, at, :actor, :action, :targetType, :targetId, :targetLabel, :ip, details)
        from entry""")
        .param("genesis", GENESIS)
        .param("id", Ids.newId())
        .param("details", json.writeValueAsString(details))
        .param("actor", actorId)
        .param("actorName", actorName)
        .param("action", action)
        .param("targetType", targetType)
        .param("targetId", targetId)
        .param("targetLabel", targetLabel)
        .param("ip", ip)
        .update();
  }

  public Page<AuditEntry> find(AuditQuery q) {
    List<String> where = new ArrayList<>(List.of("true"));
    var params = new java.util.HashMap<String, Object>();
    if (q.actorId() != null) {
      where.add("actor_id = :actor");
      params.put("actor", q.actorId());
    }
    if (q.action() != null && !q.action().isBlank()) {
      where.add("action like :action");
      params.put("action", q.action().strip() + "%");
    }
    if (q.targetId() != null) {
      where.add("target_id = :target");
      params.put("target", q.targetId());
    }
    if (q.from() != null) {
      where.add("at >= :from");
      params.put("from", Timestamps.at(q.from()));
    }
    if (q.to() != null) {
      where.add("at < :to");
      params.put("to", Timestamps.at(q.to()));
    }
    String filter = String.join(" and ", where);
    long total = jdbc.sql("select count(*) from admin.audit_entry where " + filter)
        .params(params)
        .query(Long.class)
        .single();
    params.put("limit", q.size());
    params.put("offset", (long) q.page() * q.size());
    List<AuditEntry> items = jdbc.sql("""
        select id, at, actor_id, actor_name, action, target_type, target_id, target_label, ip_address, details::text
        from admin.audit_entry where %s order by seq desc limit :limit offset :offset""".formatted(filter))
        .params(params)
        .query((rs, n) -> new AuditEntry(
            rs.getObject(1, UUID.class),
            Timestamps.required(rs, 2),
            rs.getObject(3, UUID.class),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getObject(7, UUID.class),
            rs.getString(8),
            rs.getString(9),
            json.readValue(rs.getString(10), MAP)))
        .list();
    return new Page<>(items, total);
  }

  public boolean verifyChain() {
    return jdbc.sql("""
        select count(*) from (
          select hash, prev_hash, lag(hash, 1, :genesis) over (order by seq) as expected_prev,
                 admin.audit_hash(prev_hash, id, at, actor_id, action, target_type, target_id, target_label, ip_address, details) as recomputed
          from admin.audit_entry) chain
        where prev_hash <> expected_prev or hash <> recomputed""").param("genesis", GENESIS).query(Long.class).single() == 0;
  }
}
