package dev.atrium.mail.web.admin;

import dev.atrium.access.Subject;
import dev.atrium.mail.internal.admin.CreateSharedMailbox;
import dev.atrium.mail.internal.admin.SharedMailbox;
import dev.atrium.mail.internal.admin.SharedMailboxes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Mail administration", description = "Domains, addresses, lists and shared mailboxes")
@RestController
class SharedMailboxesController {

  private final SharedMailboxes shared;

  SharedMailboxesController(SharedMailboxes shared) {
    this.shared = shared;
  }

  @GetMapping("/api/v1/mail/admin/shared-mailboxes")
  @Operation(summary = "The shared mailboxes with their addresses and members")
  List<SharedMailbox> sharedMailboxes(@AuthenticationPrincipal Subject subject) {
    return shared.list(subject);
  }

  @PostMapping("/api/v1/mail/admin/shared-mailboxes")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Makes a shared mailbox with its address and members, one a manager")
  SharedMailbox createSharedMailbox(
      @AuthenticationPrincipal Subject subject, @Valid @RequestBody CreateSharedMailbox command) {
    return shared.create(subject, command);
  }

  @DeleteMapping("/api/v1/mail/admin/shared-mailboxes/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Removes a shared mailbox that holds no mail")
  void deleteSharedMailbox(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    shared.delete(subject, id);
  }
}
