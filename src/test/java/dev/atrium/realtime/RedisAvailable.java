package dev.atrium.realtime;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** The Redis server the cluster-bus tests use; they are skipped, visibly, when it is not running. */
public final class RedisAvailable {

  public static final String URL = "redis://127.0.0.1:6379";

  private RedisAvailable() {}

  public static void assumeRunning() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", 6379), 1_000);
    } catch (IOException e) {
      assumeTrue(false, "no Redis server on 127.0.0.1:6379: " + e.getMessage());
    }
  }
}
