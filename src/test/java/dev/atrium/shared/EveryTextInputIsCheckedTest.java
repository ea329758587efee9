package dev.atrium.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends bad text to every text field of every request body and every text query parameter the API
 * document (/api/v1/openapi.json) lists, with real ids in the paths so the text reaches the services: control characters,
 * lone surrogates and out-of-range times must be refused with a coded 400, a 100 KB string with a
 * coded 4xx, and a name with bidi controls must come back without them (or be refused). Nothing may
 * answer 500, so a new field cannot ship without the rule for text input.
 */
@IntegrationTest
class EveryTextInputIsCheckedTest {

  /** One bad value: as a JSON string literal, whether it must be refused, whether it is a bidi control. */
  record Bad(String label, String json, boolean refused) {}

  static final List<Bad> BAD_TEXT = List.of(
      new Bad("NUL", "\"a\\u0000b\"", true),
      new Bad("C1 NEL", "\"a\\u0085b\"", true),
      new Bad("lone surrogate", "\"a\\uD800b\"", true),
      new Bad("bidi override", "\"{field}-\\u202Etxt.exe\"", false),
      new Bad("100 KB", "\"" + "x".repeat(100 * 1024) + "\"", false));

  static final List<Bad> BAD_TIMES = List.of(
      new Bad("year 999999", "\"+999999-01-01T00:00:00Z\"", true),
      new Bad("year -999999999", "\"-999999999-01-01T00:00:00Z\"", true),
      new Bad("year 0", "\"0000-06-01T00:00:00Z\"", true));

  /** Query values, percent-encoded; the long one stays below the request header limit. */
  static final Map<String, Boolean> BAD_QUERIES = Map.of(
      "a%00b",
      true,
      "a%07b",
      true,
      "a%C2%85b",
      true,
      "a%ED%A0%80b",
      true,
      "%FF%FE",
      true,
      "sec-%E2%80%AEtxt.exe",
      false,
      "x".repeat(8000),
      false);

  static final Map<String, Boolean> BAD_QUERY_TIMES =
      Map.of("%2B999999-01-01T00:00:00Z", true, "0000-06-01T00:00:00Z", true);

  /** Multi-line fields that keep bidi controls ({@link Verbatim}). */
  static final Set<String> VERBATIM = Set.of(
      "body", "quote", "description", "purpose", "password", "currentPassword", "newPassword");

  /**
   * Where a value that gets through is checked as a password: it fails, and each failure counts
   * against the sign-in budget of the address that every test shares.
   */
  static final Set<String> PASSWORD_CHECKS =
      Set.of("/api/v1/auth/sign-in", "/api/v1/me/password", "/api/v1/me/mfa/totp");

  /**
   * /api/v1/openapi.json as committed; OpenApiContractTest keeps it equal to what the server serves.
   * Read from disk because springdoc adds a "servers" entry to the document it serves after its
   * first build, which would then fail OpenApiContractTest later in the same JVM.
   */
  private static final Path API_DOCUMENT = Path.of("web/src/shared/api/openapi.json");

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String HOLE = "@@bad-value@@";

  @LocalServerPort
  int port;

  /** The real things the paths and bodies name. */
  record Ids(
      String person,
      String department,
      String group,
      String channel,
      String message,
      String space,
      String page,
      String thread,
      String comment) {}

  @Test
  void noTextFieldOrQueryParameterAcceptsBadTextOrAnswers500() throws Exception {
    Api admin = People.admin(port);
    var caller = People.create(port, admin, "Text Walker");
    admin.post(
        "/api/v1/admin/role-grants", Map.of("personId", caller.id(), "role", "SYSTEM_ADMIN"));
    Api api = token(caller.api());
    Ids ids = things(admin, api);
    JsonNode document = JSON.readTree(Files.readString(API_DOCUMENT, StandardCharsets.UTF_8));
    // the walk replaces company-wide settings with whatever its bodies hold; put them back after,
    // since every later test class of this JVM relies on them
    JsonNode limits = api.get("/api/v1/admin/attachment-limits").body();
    JsonNode categories = api.get("/api/v1/announcement-categories").body();
    JsonNode approval = api.get("/api/v1/admin/announcement-settings").body();

    List<String> wrong = new ArrayList<>();
    try {
      for (var operation : operations(document)) {
        String path = realPath(operation.path(), ids);
        JsonNode schema = bodySchema(operation.spec(), document);
        if (schema != null) {
          for (List<Object> field : holes(schema, document, new ArrayList<>())) {
            String name = fieldName(field);
            boolean time =
                "date-time".equals(leaf(schema, field, document).path("format").asString());
            for (Bad bad : time ? BAD_TIMES : BAD_TEXT) {
              if (PASSWORD_CHECKS.contains(operation.path()) && !bad.refused()) {
                continue;
              }
              String body = JSON.writeValueAsString(withHole(schema, field, document, ids))
                  .replace("\"" + HOLE + "\"", bad.json().replace("{field}", name));
              Api.Response answer = api.sendRaw(
                  operation.method(),
                  path,
                  "application/json",
                  body.getBytes(StandardCharsets.UTF_8));
              judge(
                  wrong,
                  operation.method() + " " + operation.path() + " " + name + " <- " + bad.label(),
                  answer,
                  bad.refused(),
                  bad.label().equals("100 KB"),
                  bad.label().startsWith("bidi") && !VERBATIM.contains(lastName(field))
                      ? name
                      : null);
            }
          }
        }
        for (JsonNode parameter : operation.spec().path("parameters")) {
          JsonNode type = parameter.path("schema");
          if (!parameter.path("in").asString().equals("query")
              || !type.path("type").asString().equals("string")
              || type.path("format").asString().equals("uuid")) {
            continue;
          }
          var values =
              type.path("format").asString().equals("date-time") ? BAD_QUERY_TIMES : BAD_QUERIES;
          values.forEach((value, refused) -> {
            String url = path + "?" + parameter.path("name").asString() + "=" + value;
            Api.Response answer = operation.method().equals("GET")
                ? api.get(url)
                : api.sendRaw(
                    operation.method(),
                    url,
                    "application/octet-stream",
                    "plain text".getBytes(StandardCharsets.UTF_8));
            judge(
                wrong,
                operation.method() + " " + url.substring(0, Math.min(url.length(), 120)),
                answer,
                refused,
                false,
                null);
          });
        }
      }
    } finally {
      api.put("/api/v1/admin/attachment-limits", limits);
      api.put("/api/v1/admin/announcement-categories", Map.of("categories", categories));
      api.put("/api/v1/admin/announcement-settings", approval);
    }
    assertThat(wrong).as("%d answers were wrong", wrong.size()).isEmpty();
  }

  /** Adds what is wrong with one answer; {@code name} is the field whose bidi controls must be gone, if any. */
  private static void judge(
      List<String> wrong,
      String what,
      Api.Response answer,
      boolean refused,
      boolean tooLong,
      @Nullable String name) {
    int status = answer.status();
    if (status >= 500 || status >= 400 && answer.code().isEmpty()) {
      wrong.add(what + " answered " + status + " " + shorten(answer.body()));
    } else if (refused && status != 400) {
      wrong.add(what + " answered " + status + ", not a refusal: " + shorten(answer.body()));
    } else if (tooLong && status < 400) {
      wrong.add(what + " accepted 100 KB: " + status);
    } else if (status < 300
        && (holdsControls(answer.body())
            || name != null && answer.body().toString().contains(name + "-\u202E"))) {
      wrong.add(what + " kept the bad characters: " + shorten(answer.body()));
    }
  }

  private static boolean holdsControls(JsonNode node) {
    if (node.isString()) {
      String text = node.asString();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean pair = Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1));
        if (pair) {
          i++;
        } else if (Character.isSurrogate(c)
            || Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t' && c != '\r') {
          return true;
        }
      }
      return false;
    }
    for (JsonNode child : node) {
      if (holdsControls(child)) {
        return true;
      }
    }
    return false;
  }

  record Operation(String method, String path, JsonNode spec) {}

  /** Every operation, those that replace who may see a space or page last, so they do not lock the walker out early. */
  private static List<Operation> operations(JsonNode document) {
    List<Operation> all = new ArrayList<>();
    document
        .path("paths")
        .properties()
        .forEach(path -> path.getValue()
            .properties()
            .forEach(method -> all.add(
                new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()))));
    all.sort(Comparator.comparing(
            (Operation o) -> o.path().endsWith("/grants") || o.path().endsWith("/restrictions"))
        .thenComparing(Operation::path)
        .thenComparing(Operation::method));
    return all;
  }

  private static JsonNode bodySchema(JsonNode operation, JsonNode document) {
    JsonNode json =
        operation.path("requestBody").path("content").path("application/json").path("schema");
    return json.isMissingNode() ? null : resolve(json, document);
  }

  private static JsonNode resolve(JsonNode schema, JsonNode document) {
    String ref = schema.path("$ref").asString();
    return ref.isEmpty()
        ? schema
        : document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
  }

  /** The paths to every string in the schema: property names, and 0 for an array's first item. */
  private static List<List<Object>> holes(JsonNode schema, JsonNode document, List<Object> at) {
    JsonNode resolved = resolve(schema, document);
    List<List<Object>> found = new ArrayList<>();
    switch (resolved.path("type").asString()) {
      case "object" ->
        resolved.path("properties").properties().forEach(p -> {
          List<Object> next = new ArrayList<>(at);
          next.add(p.getKey());
          found.addAll(holes(p.getValue(), document, next));
        });
      case "array" -> {
        List<Object> next = new ArrayList<>(at);
        next.add(0);
        found.addAll(holes(resolved.path("items"), document, next));
      }
      case "string" -> {
        if (!resolved.path("format").asString().equals("uuid")) {
          found.add(at);
        }
      }
      default -> {}
    }
    return found;
  }

  private static JsonNode leaf(JsonNode schema, List<Object> field, JsonNode document) {
    JsonNode current = resolve(schema, document);
    for (Object step : field) {
      current = resolve(
          step instanceof String name
              ? current.path("properties").path(name)
              : current.path("items"),
          document);
    }
    return current;
  }

  /** A body with the schema's required fields filled in, plus the path to the hole, whose value is {@link #HOLE}. */
  private static JsonNode withHole(
      JsonNode schema, List<Object> field, JsonNode document, Ids ids) {
    JsonNode root = sample(schema, "", document, ids);
    JsonNode current = root;
    JsonNode currentSchema = resolve(schema, document);
    for (int i = 0; i < field.size(); i++) {
      Object step = field.get(i);
      boolean last = i == field.size() - 1;
      if (step instanceof String name) {
        JsonNode propertySchema = resolve(currentSchema.path("properties").path(name), document);
        ObjectNode object = (ObjectNode) current;
        if (last) {
          object.put(name, HOLE);
        } else if (!object.has(name)) {
          object.set(name, sample(propertySchema, name, document, ids));
        }
        current = object.get(name);
        currentSchema = propertySchema;
      } else {
        JsonNode itemSchema = resolve(currentSchema.path("items"), document);
        ArrayNode array = (ArrayNode) current;
        if (array.isEmpty()) {
          array.add(sample(itemSchema, "", document, ids));
        }
        if (last) {
          array.set(0, JsonNodeFactory.instance.stringNode(HOLE));
        }
        current = array.get(0);
        currentSchema = itemSchema;
      }
    }
    return root;
  }

  /** A valid-looking value: required properties only, real ids where the name says what they are. */
  private static JsonNode sample(JsonNode schema, String name, JsonNode document, Ids ids) {
    JsonNode resolved = resolve(schema, document);
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return switch (resolved.path("type").asString()) {
      case "object" -> {
        ObjectNode object = nodes.objectNode();
        Set<String> required = new java.util.HashSet<>();
        resolved.path("required").forEach(r -> required.add(r.asString()));
        resolved.path("properties").properties().forEach(p -> {
          if (required.contains(p.getKey())) {
            object.set(p.getKey(), sample(p.getValue(), p.getKey(), document, ids));
          }
        });
        yield object;
      }
      case "array" ->
        nodes
            .arrayNode()
            .add(sample(
                resolved.path("items"),
                name.endsWith("s") ? name.substring(0, name.length() - 1) : name,
                document,
                ids));
      case "integer", "number" -> nodes.numberNode(1);
      case "boolean" -> nodes.booleanNode(false);
      case "string" -> nodes.stringNode(text(resolved, name, ids));
      default -> nodes.nullNode();
    };
  }

  private static String text(JsonNode schema, String name, Ids ids) {
    if (schema.has("enum")) {
      return schema.path("enum").get(0).asString();
    }
    return switch (schema.path("format").asString()) {
      case "uuid" ->
        switch (name) {
          case "spaceId" -> ids.space();
          case "pageId" -> ids.page();
          case "channelId" -> ids.channel();
          case "departmentId", "parentId" -> ids.department();
          case "personId", "headId", "id" -> ids.person();
          default -> UUID.randomUUID().toString();
        };
      case "date-time" -> Instant.now().plus(1, ChronoUnit.HOURS).toString();
      case "email" -> People.uniqueEmail("walk");
      default ->
        switch (name) {
          case "scope" -> "read";
          case "locale", "language" -> "en";
          case "color" -> "#336699";
          case "email" -> People.uniqueEmail("walk");
          default -> "plain";
        };
    };
  }

  private String realPath(String template, Ids ids) {
    return template
        .replace("channels/{id}", "channels/" + ids.channel())
        .replace("messages/{id}", "messages/" + ids.message())
        .replace("spaces/{id}", "spaces/" + ids.space())
        .replace("pages/{id}", "pages/" + ids.page())
        .replace("page-threads/{id}", "page-threads/" + ids.thread())
        .replace("page-comments/{id}", "page-comments/" + ids.comment())
        .replace("people/{id}", "people/" + ids.person())
        .replace("departments/{id}", "departments/" + ids.department())
        .replace("groups/{id}", "groups/" + ids.group())
        .replace("{personId}", ids.person())
        .replace("{pageId}", ids.page())
        .replace("{emoji}", "%F0%9F%91%8D")
        .replace("{number}", "1")
        .replace("{seq}", "1")
        .replace("{token}", "not-a-feed-secret")
        .replace("{id}", UUID.randomUUID().toString());
  }

  private Ids things(Api admin, Api api) {
    String department = admin
        .post(
            "/api/v1/departments",
            Map.of(
                "name",
                "Walk " + UUID.randomUUID().toString().substring(0, 8),
                "parentId",
                People.rootDepartment(admin)))
        .body()
        .path("id")
        .asString();
    String person = People.create(port, admin, "Walked On").id().toString();
    String group = api.post("/api/v1/groups", Map.of("name", "Walk " + UUID.randomUUID()))
        .body()
        .path("id")
        .asString();
    String channel = api.post(
            "/api/v1/channels",
            Map.of(
                "kind", "PUBLIC", "name", "walk-" + UUID.randomUUID().toString().substring(0, 8)))
        .body()
        .path("id")
        .asString();
    String message = api.post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of("clientMessageId", UUID.randomUUID(), "body", "hi"))
        .body()
        .path("id")
        .asString();
    String space = api.post(
            "/api/v1/spaces",
            Map.of(
                "kind",
                "PROJECT",
                "name",
                "Walk " + UUID.randomUUID().toString().substring(0, 8)))
        .body()
        .path("id")
        .asString();
    String page = api.post("/api/v1/pages", Map.of("spaceId", space, "title", "Walked"))
        .body()
        .path("id")
        .asString();
    JsonNode thread =
        api.post("/api/v1/pages/" + page + "/comments", Map.of("body", "first")).body();
    return new Ids(
        person,
        department,
        group,
        channel,
        message,
        space,
        page,
        thread.path("id").asString(),
        thread.path("comments").get(0).path("id").asString());
  }

  private static String fieldName(List<Object> field) {
    StringBuilder name = new StringBuilder();
    field.forEach(step ->
        name.append(step instanceof String s ? (name.isEmpty() ? s : "." + s) : "[" + step + "]"));
    return name.isEmpty() ? "(body)" : name.toString();
  }

  private static String lastName(List<Object> field) {
    for (int i = field.size() - 1; i >= 0; i--) {
      if (field.get(i) instanceof String name) {
        return name;
      }
    }
    return "";
  }

  /** The answer cut short, its bad characters written as escapes so the test report stays readable. */
  private static String shorten(JsonNode body) {
    String text = String.valueOf(body);
    StringBuilder shown = new StringBuilder();
    text.substring(0, Math.min(text.length(), 300))
        .chars()
        .forEach(c -> shown.append(
            Character.getType(c) == Character.CONTROL
                    || Character.isSurrogate((char) c)
                    || c >= 0x2066 && c <= 0x2069
                    || c >= 0x202A && c <= 0x202E
                ? String.format("\\u%04X", c)
                : String.valueOf((char) c)));
    return text.length() > 300 ? shown + "…" : shown.toString();
  }

  /** A token with every scope, so the walk needs no CSRF header and cannot sign itself out. */
  private Api token(Api session) {
    String secret = session
        .post(
            "/api/v1/me/tokens",
            Map.of(
                "name",
                "text walk",
                "scopes",
                List.of("read", "write", "admin"),
                "expiresInDays",
                1))
        .body()
        .path("secret")
        .asString();
    return new Api(port).withBearer(secret);
  }
}
