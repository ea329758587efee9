package dev.atrium.support;

import dev.atrium.TestAccounts;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Makes people through the API, as an administrator would, and signs them in. */
public final class People {

  public static final String PASSWORD = "Correct-horse-battery-9";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  /** A person made for one test, with their own signed-in client. */
  public record Person(UUID id, String email, Api api) {}

  private People() {}

  public static Api admin(int port) {
    return Api.signedIn(port, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
  }

  public static String uniqueEmail(String prefix) {
    return prefix + "-" + SEQUENCE.incrementAndGet() + "-"
        + UUID.randomUUID().toString().substring(0, 8) + "@atrium.test";
  }

  /** The root department's id, where people land unless a test says otherwise. */
  public static UUID rootDepartment(Api admin) {
    for (var department : admin.get("/api/v1/departments").body()) {
      if (department.path("parentId").isMissingNode()
          || department.path("parentId").isNull()) {
        return UUID.fromString(department.path("id").asString());
      }
    }
    throw new IllegalStateException("No root department");
  }

  /** Creates a member in the given department and signs them in with a password of their own. */
  public static Person create(int port, Api admin, String name, UUID departmentId) {
    return create(port, admin, name, departmentId, false);
  }

  /** A guest of the company: someone from outside who sees only what is shared with them. */
  public static Person createGuest(int port, Api admin, String name) {
    return createGuest(port, admin, name, rootDepartment(admin));
  }

  public static Person createGuest(int port, Api admin, String name, UUID departmentId) {
    return create(port, admin, name, departmentId, true);
  }

  private static Person create(int port, Api admin, String name, UUID departmentId, boolean guest) {
    String email = uniqueEmail("p");
    var created = admin.post(
        "/api/v1/people",
        Map.of("name", name, "email", email, "primaryDepartmentId", departmentId, "guest", guest));
    if (created.status() != 201) {
      throw new IllegalStateException(
          "Could not create " + name + ": " + created.status() + " " + created.body());
    }
    UUID id = UUID.fromString(created.body().path("id").asString());
    String temporary = admin
        .post("/api/v1/people/" + id + "/reset-password", null)
        .body()
        .path("temporaryPassword")
        .asString();
    Api api = choosePassword(port, email, temporary);
    if (!guest) {
      awaitDepartmentChannel(api, departmentId);
    }
    return new Person(id, email, api);
  }

  /**
   * Waits until the person is in their department's channel: chat follows org after its commit, and
   * tests expect a newcomer in the company's and their departments' channels (one transaction puts
   * them in all of them), as they are by the time a real person has signed in.
   */
  private static void awaitDepartmentChannel(Api api, UUID departmentId) {
    Eventually.eventually(
        () -> api.get("/api/v1/channels").body().findValuesAsString("departmentId"),
        ids -> ids.contains(departmentId.toString()));
  }

  /** Signs in with a one-time password and replaces it with {@link #PASSWORD}, as the person would. */
  public static Api choosePassword(int port, String email, String temporary) {
    Api api = Api.signedIn(port, email, temporary);
    var changed = api.put(
        "/api/v1/me/password", Map.of("currentPassword", temporary, "newPassword", PASSWORD));
    if (changed.status() != 204) {
      throw new IllegalStateException(
          "Could not set the password of " + email + ": " + changed.body());
    }
    return api;
  }

  public static Person create(int port, Api admin, String name) {
    return create(port, admin, name, rootDepartment(admin));
  }
}
