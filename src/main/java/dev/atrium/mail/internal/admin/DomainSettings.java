package dev.atrium.mail.internal.admin;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.shared.DomainException;
import java.net.IDN;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The domains Atrium receives mail for (administrators who manage settings): everything else is
 * foreign, so this list is also what keeps the SMTP bridge from being an open relay.
 */
@Service
public class DomainSettings {

  /** LDH labels of 1 to 63 characters, at least two, the last not all digits (not an IP address). */
  private static final Pattern DOMAIN = Pattern.compile(
      "(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

  private final DomainsTable domains;
  private final Access access;

  DomainSettings(DomainsTable domains, Access access) {
    this.domains = domains;
    this.access = access;
  }

  @Transactional(readOnly = true)
  public List<MailDomain> list(Subject subject) {
    check(subject);
    return domains.all();
  }

  /**
   * Adds a domain, written in Unicode or as its ASCII form (例子.中国 is kept as xn--…); refused
   * with 400 {@code mail.domain-invalid} when it is no host name and 409 {@code mail.domain-exists}
   * when it is there already.
   */
  @Transactional
  public MailDomain add(Subject subject, AddDomain command) {
    check(subject);
    String name = normalised(command.name());
    domains.lock();
    if (!domains.insert(name)) {
      throw DomainException.conflict("mail.domain-exists", "This domain is there already.");
    }
    return domains.find(name).orElseThrow();
  }

  /**
   * Removes a domain no address uses (409 {@code mail.domain-in-use}); the default only when it is
   * the last (409 {@code mail.domain-default}: make another the default first).
   */
  @Transactional
  public void remove(Subject subject, String name) {
    check(subject);
    domains.lock();
    MailDomain domain = found(name);
    if (domain.addresses() > 0) {
      throw DomainException.conflict(
          "mail.domain-in-use", "Addresses use this domain; remove or move them first.");
    }
    if (domain.isDefault() && domains.all().size() > 1) {
      throw DomainException.conflict(
          "mail.domain-default", "Make another domain the default before removing this one.");
    }
    domains.delete(domain.name());
  }

  /** Makes the domain the one new addresses are given in. */
  @Transactional
  public List<MailDomain> makeDefault(Subject subject, String name) {
    check(subject);
    domains.lock();
    domains.makeDefault(found(name).name());
    return domains.all();
  }

  /** The default domain, refused with 409 {@code mail.no-domain} while none is configured. */
  String requireDefault() {
    return domains
        .defaultName()
        .orElseThrow(() -> DomainException.conflict(
            "mail.no-domain", "No mail domain is configured yet; an administrator adds one."));
  }

  /** The domain as stored, refused with 400 {@code mail.domain-unknown} when it is not one of ours. */
  String ours(String name) {
    String normal = name.strip().toLowerCase(Locale.ROOT);
    return domains
        .find(normal)
        .map(MailDomain::name)
        .orElseThrow(() -> DomainException.badRequest(
            "mail.domain-unknown", "Atrium does not receive mail for this domain."));
  }

  private MailDomain found(String name) {
    return domains
        .find(name.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(() -> DomainException.notFound("mail.domain-not-found", "No such domain."));
  }

  static String normalised(String name) {
    String ascii;
    try {
      ascii = IDN.toASCII(name.strip(), IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      ascii = "";
    }
    if (!DOMAIN.matcher(ascii).matches()) {
      throw DomainException.badRequest(
          "mail.domain-invalid", "A domain is a host name such as example.com.");
    }
    return ascii;
  }

  private void check(Subject subject) {
    access.check(subject, Permission.SETTINGS_MANAGE, Scope.company());
  }
}
