package dev.atrium.mail.internal.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.naming.CommunicationException;
import org.junit.jupiter.api.Test;

/** The SPF evaluator over fixed DNS answers: each qualifier, include, ranges and the look-up limit. */
class SpfTest {

  private static final Map<String, List<String>> ZONE = Map.ofEntries(
      Map.entry("TXT strict.example", List.of("\"v=spf1 ip4:192.0.2.0/24 -all\"")),
      Map.entry("TXT soft.example", List.of("v=spf1 ip4:192.0.2.10 ~all")),
      Map.entry("TXT open.example", List.of("v=spf1 ?all")),
      Map.entry("TXT nothing.example", List.of("v=spf1 ip4:203.0.113.1")),
      Map.entry("TXT split.example", List.of("\"v=spf1 ip4:198.51.100.0/25 \" \"-all\"")),
      Map.entry(
          "TXT parent.example",
          List.of("google-site-verification=x", "v=spf1 include:strict.example -all")),
      Map.entry("TXT six.example", List.of("v=spf1 ip6:2001:db8:1::/48 -all")),
      Map.entry("TXT host.example", List.of("v=spf1 a mx -all")),
      Map.entry("A host.example", List.of("192.0.2.50")),
      Map.entry("MX host.example", List.of("10 mail.host.example")),
      Map.entry("A mail.host.example", List.of("198.51.100.7")),
      Map.entry("TXT moved.example", List.of("v=spf1 redirect=strict.example")),
      Map.entry("TXT loop.example", List.of("v=spf1 include:loop.example -all")));

  private static String check(String client, String domain) {
    return new Spf((Spf.Dns) (name, type) -> ZONE.getOrDefault(type + " " + name, List.of()))
        .check(client, domain);
  }

  @Test
  void eachQualifierDecidesTheResult() {
    assertThat(check("192.0.2.77", "strict.example")).isEqualTo("pass");
    assertThat(check("203.0.113.5", "strict.example")).isEqualTo("fail");
    assertThat(check("203.0.113.5", "soft.example")).isEqualTo("softfail");
    assertThat(check("192.0.2.10", "soft.example")).isEqualTo("pass");
    assertThat(check("203.0.113.5", "open.example")).isEqualTo("neutral");
    assertThat(check("203.0.113.5", "nothing.example")).isEqualTo("neutral");
    assertThat(check("203.0.113.5", "unpublished.example")).isEqualTo("none");
  }

  @Test
  void rangesIncludesAndRedirectsAreFollowed() {
    assertThat(check("198.51.100.127", "split.example")).isEqualTo("pass");
    assertThat(check("198.51.100.128", "split.example")).isEqualTo("fail");
    assertThat(check("192.0.2.1", "parent.example")).isEqualTo("pass");
    assertThat(check("198.51.100.1", "parent.example")).isEqualTo("fail");
    assertThat(check("2001:db8:1:ffff::1", "six.example")).isEqualTo("pass");
    assertThat(check("2001:db8:2::1", "six.example")).isEqualTo("fail");
    assertThat(check("192.0.2.1", "six.example")).isEqualTo("fail");
    assertThat(check("192.0.2.50", "host.example")).isEqualTo("pass");
    assertThat(check("198.51.100.7", "host.example")).isEqualTo("pass");
    assertThat(check("198.51.100.8", "host.example")).isEqualTo("fail");
    assertThat(check("192.0.2.9", "moved.example")).isEqualTo("pass");
  }

  @Test
  void aPolicyIncludingItselfStopsAtTheLookUpLimit() {
    assertThat(check("192.0.2.1", "loop.example")).isEqualTo("permerror");
  }

  @Test
  void unansweredDnsSkipsTheCheck() {
    Spf spf = new Spf((Spf.Dns) (name, type) -> {
      throw new CommunicationException("timed out");
    });
    assertThat(spf.check("192.0.2.1", "strict.example")).isNull();
  }
}
