package dev.atrium.mail.web.admin;

import dev.atrium.access.Subject;
import dev.atrium.mail.internal.admin.AddDomain;
import dev.atrium.mail.internal.admin.DomainName;
import dev.atrium.mail.internal.admin.DomainSettings;
import dev.atrium.mail.internal.admin.MailDomain;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Mail administration", description = "Domains, addresses, lists and shared mailboxes")
@RestController
class MailDomainsController {

  private final DomainSettings domains;

  MailDomainsController(DomainSettings domains) {
    this.domains = domains;
  }

  @GetMapping("/api/v1/mail/admin/domains")
  @Operation(summary = "The domains Atrium receives mail for, the default first")
  List<MailDomain> mailDomains(@AuthenticationPrincipal Subject subject) {
    return domains.list(subject);
  }

  @PostMapping("/api/v1/mail/admin/domains")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Adds a domain; the first one added is the default")
  MailDomain addMailDomain(
      @AuthenticationPrincipal Subject subject, @Valid @RequestBody AddDomain command) {
    return domains.add(subject, command);
  }

  @DeleteMapping("/api/v1/mail/admin/domains")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Removes a domain no address uses (the default only when it is the last)")
  void removeMailDomain(@AuthenticationPrincipal Subject subject, @RequestParam String name) {
    domains.remove(subject, name);
  }

  @PutMapping("/api/v1/mail/admin/default-domain")
  @Operation(summary = "Makes a domain the one new addresses are given in")
  List<MailDomain> makeMailDomainDefault(
      @AuthenticationPrincipal Subject subject, @Valid @RequestBody DomainName command) {
    return domains.makeDefault(subject, command.name());
  }
}
