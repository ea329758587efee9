package dev.atrium.notify.internal;

import dev.atrium.notify.NoticeKinds;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Every kind the modules declared ({@link NoticeKinds} beans), in module order, each with its module. */
@Component
public class KindCatalogue {

  private final Map<String, String> moduleOfKind = new LinkedHashMap<>();

  KindCatalogue(List<NoticeKinds> declared) {
    declared.stream()
        .sorted(Comparator.comparing(NoticeKinds::module))
        .forEach(kinds -> kinds.kinds().forEach(kind -> {
          if (moduleOfKind.putIfAbsent(kind, kinds.module()) != null) {
            throw new IllegalStateException("The notice kind " + kind + " is declared twice");
          }
        }));
  }

  public boolean knows(String kind) {
    return moduleOfKind.containsKey(kind);
  }

  /** Kind to module, in the order preferences list them. */
  public Map<String, String> all() {
    return moduleOfKind;
  }
}
