package dev.atrium.mail.web.admin;

import dev.atrium.access.Subject;
import dev.atrium.mail.internal.admin.AddAddress;
import dev.atrium.mail.internal.admin.AddressName;
import dev.atrium.mail.internal.admin.PersonAddresses;
import dev.atrium.mail.internal.admin.PersonMailAddresses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Mail administration", description = "Domains, addresses, lists and shared mailboxes")
@RestController
class PersonAddressesController {

  private final PersonAddresses addresses;

  PersonAddressesController(PersonAddresses addresses) {
    this.addresses = addresses;
  }

  @GetMapping("/api/v1/mail/admin/people/{personId}/addresses")
  @Operation(summary = "A person's From address and aliases, or the address they would be given")
  PersonMailAddresses personMailAddresses(
      @AuthenticationPrincipal Subject subject, @PathVariable UUID personId) {
    return addresses.get(subject, personId);
  }

  @PostMapping("/api/v1/mail/admin/people/{personId}/addresses")
  @Operation(
      summary = "Gives a person an alias, or a new From address (making their mailbox if need be)")
  PersonMailAddresses addPersonMailAddress(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID personId,
      @Valid @RequestBody AddAddress command) {
    return addresses.add(subject, personId, command);
  }

  @PutMapping("/api/v1/mail/admin/people/{personId}/primary-address")
  @Operation(summary = "Makes one of a person's aliases their From address")
  PersonMailAddresses makePersonMailAddressPrimary(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID personId,
      @Valid @RequestBody AddressName command) {
    return addresses.makePrimary(subject, personId, command.address());
  }

  @DeleteMapping("/api/v1/mail/admin/people/{personId}/addresses")
  @Operation(summary = "Removes one of a person's aliases")
  PersonMailAddresses removePersonMailAddress(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID personId,
      @RequestParam String address) {
    return addresses.remove(subject, personId, address);
  }
}
