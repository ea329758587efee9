package dev.atrium.notify;

import java.util.List;

/**
 * The kinds of notice one module publishes, declared as a bean by that module, so notify can list
 * them in everyone's preferences and refuse a notice or a preference of a kind nobody declared.
 * Each kind is {@code <module>.<name>} ({@code chat.mention}); the web client labels it with the
 * key {@code notify.kinds.<module>.<name>}.
 */
public record NoticeKinds(String module, List<String> kinds) {

  public NoticeKinds {
    kinds = List.copyOf(kinds);
    for (String kind : kinds) {
      if (!kind.startsWith(module + ".") || kind.length() == module.length() + 1) {
        throw new IllegalArgumentException(
            "A kind of " + module + " must read " + module + ".<name>: " + kind);
      }
    }
  }
}
