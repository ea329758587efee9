package dev.atrium.realtime.internal;

import dev.atrium.realtime.Frame;
import dev.atrium.realtime.StreamKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a socket that resumed missed, over every declared stream kind: per followed resource, the
 * entries after its cursor in order, or a reset. The cost of a resume whose cursors are all current
 * is one query per kind (its audience's {@code followedBy}) plus one for all the heads: the entries
 * are read only for the resources a client is behind on.
 */
@Component
class StreamCatchUp {

  private final List<StreamKind<?>> kinds;
  private final StreamsTable table;

  StreamCatchUp(List<StreamKind<?>> kinds, StreamsTable table) {
    this.kinds = kinds;
    this.table = table;
  }

  @Transactional(readOnly = true)
  List<Frame> missed(UUID personId, Map<UUID, Long> cursors) {
    Map<UUID, StreamKind<?>> followed = new LinkedHashMap<>();
    for (StreamKind<?> kind : kinds) {
      kind.audience().followedBy(personId).forEach(resource -> followed.put(resource, kind));
    }
    Map<UUID, Long> heads = table.heads(followed.keySet());
    List<Frame> frames = new ArrayList<>();
    followed.forEach((resource, kind) -> {
      Long cursor = cursors.get(resource);
      long last = heads.getOrDefault(resource, 0L);
      if (cursor == null || !StreamsTable.reachable(cursor, last)) {
        frames.add(new Frame.Reset(kind.name(), resource, last));
      } else if (cursor < last) {
        table
            .between(kind.name(), resource, cursor, last)
            .forEach(entry -> frames.add(StreamPush.frame(entry)));
      }
    });
    return frames;
  }
}
