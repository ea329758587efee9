package dev.atrium.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script of {@code src/test/node} with the machine's Node.js and the web client's packages
 * (yjs, y-protocols, ws), so tests can speak to the server as the real client libraries do.
 */
public final class Node {

  private static final Path SCRIPTS = Path.of("src/test/node");
  private static final Path MODULES = Path.of("web/node_modules");

  private Node() {}

  /** Runs the script to its end and answers its standard output; fails on a non-zero exit or a timeout. */
  public static String run(
      String script, Map<String, String> environment, long timeoutSeconds, String... arguments) {
    List<String> command =
        new ArrayList<>(List.of("node", SCRIPTS.resolve(script).toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put("NODE_PATH", MODULES.toAbsolutePath().toString());
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      var output = process.getInputStream().readAllBytes();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(script + " did not finish within " + timeoutSeconds + " s");
      }
      String text = new String(output, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new AssertionError(script + " failed (exit " + process.exitValue() + "):\n" + text);
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
