package dev.atrium.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain SMTP client on a socket, to see the server's exact answers (codes a library client would
 * turn into exceptions). Replies are returned whole, multi-line replies joined.
 */
public final class SmtpDialog implements AutoCloseable {

  private final Socket socket;
  private final BufferedReader in;
  private final OutputStream out;
  private final String greeting;

  public SmtpDialog(int port) {
    try {
      socket = new Socket(InetAddress.getLoopbackAddress(), port);
      socket.setSoTimeout(60_000);
      in = new BufferedReader(
          new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      out = socket.getOutputStream();
      greeting = reply();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String greeting() {
    return greeting;
  }

  /** Sends one command line and answers the reply. */
  public String command(String line) {
    write(line + "\r\n");
    return reply();
  }

  /** Sends the lines at once (pipelining) and answers one reply per line. */
  public List<String> pipelined(List<String> lines) {
    var all = new StringBuilder();
    lines.forEach(l -> all.append(l).append("\r\n"));
    write(all.toString());
    List<String> replies = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      replies.add(reply());
    }
    return replies;
  }

  /** DATA, then the message (dot-stuffed here), then the reply to its end. */
  public String data(byte[] message) {
    String go = command("DATA");
    if (!go.startsWith("354")) {
      return go;
    }
    String text = new String(message, StandardCharsets.ISO_8859_1)
        .replace("\r\n", "\n")
        .replace("\n", "\r\n");
    var stuffed = new StringBuilder();
    for (String line : text.split("\r\n", -1)) {
      stuffed.append(line.startsWith(".") ? "." : "").append(line).append("\r\n");
    }
    write(stuffed + ".\r\n");
    return reply();
  }

  private void write(String text) {
    try {
      out.write(text.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String reply() {
    try {
      var reply = new StringBuilder();
      String line;
      do {
        line = in.readLine();
        if (line == null) {
          throw new IOException("the server closed the connection after: " + reply);
        }
        reply.append(reply.isEmpty() ? "" : "\n").append(line);
      } while (line.length() > 3 && line.charAt(3) == '-');
      return reply.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing a test's socket: nothing to do about a failure
    }
  }
}
