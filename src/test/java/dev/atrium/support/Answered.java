package dev.atrium.support;

import static org.assertj.core.api.Assertions.assertThat;

/** What every answer to input a client made up must be: a success, or a coded problem; never a server error. */
public final class Answered {

  private Answered() {}

  public static void withoutServerError(Api.Response response, String input) {
    assertThat(response.status()).as("status for %s", input).isLessThan(500);
    if (response.status() >= 400) {
      assertThat(response.headers().firstValue("Content-Type"))
          .as("content type for %s", input)
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(response.code()).as("problem code for %s", input).isNotBlank();
    }
  }
}
