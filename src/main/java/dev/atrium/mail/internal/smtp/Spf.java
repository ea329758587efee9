package dev.atrium.mail.internal.smtp;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.InitialDirContext;
import org.jspecify.annotations.Nullable;

/**
 * An SPF check (RFC 7208) of a client address against a domain's published policy, over the JDK's
 * DNS client with a bounded timeout. It evaluates the mechanisms senders actually publish
 * ({@code all}, {@code ip4}, {@code ip6}, {@code a}, {@code mx}, {@code include}, {@code redirect})
 * within the RFC's limit of ten look-ups; macros, {@code ptr} and {@code exists} never match. The
 * result is recorded for the reader, not used to refuse mail, so a rare policy evaluated as
 * "neutral" costs nothing. Answers null when DNS itself does not answer (the check is skipped).
 */
final class Spf {

  private static final int MAX_LOOKUPS = 10;

  /** DNS answers of one type for a name (TXT, A, AAAA, MX as their text); none when it has none. */
  interface Dns {
    List<String> records(String name, String type) throws NamingException;
  }

  private final Dns dns;
  private int lookups;

  Spf(Duration timeout) throws NamingException {
    this(jdk(timeout));
  }

  /** Over these answers: the tests give fixed ones, so the evaluation is checked without a network. */
  Spf(Dns dns) {
    this.dns = dns;
  }

  private static Dns jdk(Duration timeout) throws NamingException {
    var env = new Hashtable<String, String>();
    env.put("java.naming.factory.initial", "com.sun.jndi.dns.DnsContextFactory");
    env.put("java.naming.provider.url", "dns:");
    env.put("com.sun.jndi.dns.timeout.initial", String.valueOf(Math.max(timeout.toMillis(), 100)));
    env.put("com.sun.jndi.dns.timeout.retries", "1");
    InitialDirContext context = new InitialDirContext(env);
    return (name, type) -> records(context, name, type);
  }

  /** pass, fail, softfail, neutral, none or permerror; null when DNS does not answer. */
  @Nullable
  String check(String client, String domain) {
    try {
      return evaluate(InetAddress.getByName(client), domain);
    } catch (NamingException | UnknownHostException | RuntimeException e) {
      return e instanceof TooManyLookups ? "permerror" : null;
    }
  }

  private String evaluate(InetAddress client, String domain) throws NamingException {
    String policy = null;
    for (String txt : records(domain, "TXT")) {
      String value = txt.replace("\" \"", "").replace("\"", "");
      if (value.toLowerCase(Locale.ROOT).startsWith("v=spf1")) {
        policy = value;
      }
    }
    if (policy == null) {
      return "none";
    }
    String redirect = null;
    for (String term : policy.substring(6).trim().split("\\s+")) {
      if (term.isEmpty()) {
        continue;
      }
      String lower = term.toLowerCase(Locale.ROOT);
      if (lower.startsWith("redirect=")) {
        redirect = lower.substring(9);
        continue;
      }
      char q = lower.charAt(0);
      String mechanism = "+-~?".indexOf(q) >= 0 ? lower.substring(1) : lower;
      if (matches(client, domain, mechanism)) {
        return switch (q) {
          case '-' -> "fail";
          case '~' -> "softfail";
          case '?' -> "neutral";
          default -> "pass";
        };
      }
    }
    if (redirect != null) {
      count();
      return evaluate(client, redirect);
    }
    return "neutral";
  }

  private boolean matches(InetAddress client, String domain, String mechanism)
      throws NamingException {
    if (mechanism.equals("all")) {
      return true;
    }
    if (mechanism.startsWith("ip4:") || mechanism.startsWith("ip6:")) {
      return inRange(client, mechanism.substring(4));
    }
    if (mechanism.startsWith("include:")) {
      count();
      return evaluate(client, mechanism.substring(8)).equals("pass");
    }
    if (mechanism.equals("a") || mechanism.startsWith("a:") || mechanism.startsWith("a/")) {
      count();
      return hostMatches(client, target(mechanism.substring(1), domain));
    }
    if (mechanism.equals("mx") || mechanism.startsWith("mx:") || mechanism.startsWith("mx/")) {
      count();
      String[] target = target(mechanism.substring(2), domain);
      for (String mx : records(target[0], "MX")) {
        String[] parts = mx.trim().split("\\s+");
        String host = parts[parts.length - 1];
        if (hostMatches(client, new String[] {host, target[1]})) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code [domain, prefix length or ""]} of an a/mx mechanism's {@code :domain/len} tail. */
  private static String[] target(String tail, String domain) {
    String rest = tail.startsWith(":") ? tail.substring(1) : domain + tail;
    int slash = rest.indexOf('/');
    return slash < 0
        ? new String[] {rest, ""}
        : new String[] {rest.substring(0, slash), rest.substring(slash + 1)};
  }

  private boolean hostMatches(InetAddress client, String[] target) throws NamingException {
    String type = client.getAddress().length == 4 ? "A" : "AAAA";
    for (String address : records(target[0], type)) {
      String range = target[1].isEmpty() ? address : address + "/" + target[1].split("//")[0];
      if (inRange(client, range)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inRange(InetAddress client, String cidr) {
    try {
      String[] parts = cidr.split("/");
      byte[] network = InetAddress.getByName(parts[0]).getAddress();
      byte[] address = client.getAddress();
      if (network.length != address.length) {
        return false;
      }
      int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : network.length * 8;
      int shift = network.length * 8 - bits;
      return new BigInteger(1, network)
          .shiftRight(shift)
          .equals(new BigInteger(1, address).shiftRight(shift));
    } catch (UnknownHostException | NumberFormatException e) {
      return false;
    }
  }

  private List<String> records(String name, String type) throws NamingException {
    return dns.records(name, type);
  }

  private static List<String> records(InitialDirContext context, String name, String type)
      throws NamingException {
    List<String> values = new ArrayList<>();
    try {
      Attribute attribute = context.getAttributes(name, new String[] {type}).get(type);
      if (attribute != null) {
        NamingEnumeration<?> all = attribute.getAll();
        while (all.hasMore()) {
          values.add(String.valueOf(all.next()));
        }
      }
    } catch (NameNotFoundException noSuchName) {
      return values;
    }
    return values;
  }

  private void count() {
    if (++lookups > MAX_LOOKUPS) {
      throw new TooManyLookups();
    }
  }

  private static final class TooManyLookups extends RuntimeException {
    TooManyLookups() {
      super("more than " + MAX_LOOKUPS + " DNS look-ups", null, false, false);
    }
  }
}
