package dev.atrium.access.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One line of the matrix: an endpoint, the object it is called on, and what each actor gets, as
 * {@code "200 200 404 404 404 200"} in {@link Actor} order. A cell is a status, then optionally
 * {@code +} (the answer names the object: the row's marker is in the body) or {@code -} (it does
 * not), then optionally {@code :code} for the problem code. A row is on one object for every actor,
 * on an object of each actor's own, or {@link #fresh} (a new object per actor) when the call would
 * change the object for the cells after it.
 */
record Row(
    String endpoint,
    String object,
    boolean fresh,
    Function<Actor, Call> call,
    String marker,
    List<Cell> cells) {

  /** What one actor sends. */
  record Call(String path, Object body) {}

  /** What one actor must get. */
  record Cell(int status, Boolean shows, String code) {

    static Cell parse(String token) {
      String code = null;
      int colon = token.indexOf(':');
      if (colon >= 0) {
        code = token.substring(colon + 1);
        token = token.substring(0, colon);
      }
      Boolean shows =
          token.endsWith("+") ? Boolean.TRUE : token.endsWith("-") ? Boolean.FALSE : null;
      return new Cell(
          Integer.parseInt(shows == null ? token : token.substring(0, token.length() - 1)),
          shows,
          code);
    }

    @Override
    public String toString() {
      return status + (shows == null ? "" : shows ? "+" : "-") + (code == null ? "" : ":" + code);
    }
  }

  String method() {
    return endpoint.substring(0, endpoint.indexOf(' '));
  }

  /** Starts a row: {@code on("GET /api/v1/channels/{id}")}. */
  static Builder on(String endpoint) {
    return new Builder(endpoint);
  }

  static final class Builder {
    private final String endpoint;
    private String object;
    private Function<Actor, Object[]> ids;
    private boolean fresh;
    private Function<Actor, Object> body = actor -> null;
    private String query = "";
    private String marker;

    private Builder(String endpoint) {
      this.endpoint = endpoint;
    }

    /** The same object for every actor; ids fill the path's placeholders in order. */
    Builder of(String object, Object... ids) {
      this.object = object;
      this.ids = actor -> ids;
      return this;
    }

    /** An object of each actor's own, e.g. a conversation they are in. */
    Builder of(String object, Function<Actor, Object[]> ids) {
      this.object = object;
      this.ids = ids;
      return this;
    }

    /** A new object for each actor, because the call changes or removes it. */
    Builder fresh(String object, Function<Actor, Object[]> ids) {
      this.object = "fresh " + object;
      this.ids = ids;
      this.fresh = true;
      return this;
    }

    Builder body(Object body) {
      this.body = actor -> body;
      return this;
    }

    /** A body made per actor: a fresh client message id, the actor's own upload. */
    Builder body(Function<Actor, Object> body) {
      this.body = body;
      return this;
    }

    Builder query(String query) {
      this.query = query;
      return this;
    }

    /** Text whose presence in the answer means the actor was shown the object. */
    Builder marker(Object marker) {
      this.marker = marker.toString();
      return this;
    }

    Row expect(String cells) {
      List<Cell> parsed = new ArrayList<>();
      for (String token : cells.trim().split("\\s+")) {
        parsed.add(Cell.parse(token));
      }
      if (parsed.size() != Actor.values().length) {
        throw new IllegalArgumentException(
            endpoint + " " + object + ": one cell per actor, got " + cells);
      }
      String template = endpoint.substring(endpoint.indexOf(' ') + 1);
      Function<Actor, Object[]> ids = this.ids;
      Function<Actor, Object> body = this.body;
      String query = this.query;
      return new Row(
          endpoint,
          object,
          fresh,
          actor -> new Call(fill(template, ids.apply(actor)) + query, body.apply(actor)),
          marker,
          List.copyOf(parsed));
    }
  }

  private static String fill(String template, Object[] ids) {
    StringBuilder path = new StringBuilder();
    int at = 0;
    for (Object id : ids) {
      int open = template.indexOf('{', at);
      int close = template.indexOf('}', open);
      path.append(template, at, open).append(id);
      at = close + 1;
    }
    if (template.indexOf('{', at) >= 0) {
      throw new IllegalArgumentException("Too few ids for " + template);
    }
    return path.append(template.substring(at)).toString();
  }

  static Map<String, Object> map(Object... pairs) {
    var map = new java.util.LinkedHashMap<String, Object>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
