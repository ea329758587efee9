package dev.atrium.mail.web.admin;

import dev.atrium.access.Subject;
import dev.atrium.mail.internal.admin.MailingList;
import dev.atrium.mail.internal.admin.MailingLists;
import dev.atrium.mail.internal.admin.WriteMailingList;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Mail administration", description = "Domains, addresses, lists and shared mailboxes")
@RestController
class MailingListsController {

  private final MailingLists lists;

  MailingListsController(MailingLists lists) {
    this.lists = lists;
  }

  @GetMapping("/api/v1/mail/admin/lists")
  @Operation(summary = "The mailing lists, with how many people each reaches now")
  List<MailingList> mailingLists(@AuthenticationPrincipal Subject subject) {
    return lists.list(subject);
  }

  @PostMapping("/api/v1/mail/admin/lists")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Makes a list following a department, a subtree or a group")
  MailingList createMailingList(
      @AuthenticationPrincipal Subject subject, @Valid @RequestBody WriteMailingList command) {
    return lists.create(subject, command);
  }

  @PatchMapping("/api/v1/mail/admin/lists/{id}")
  @Operation(summary = "Changes a list's name, address, source or posting rule")
  MailingList updateMailingList(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody WriteMailingList command) {
    return lists.update(subject, id, command);
  }

  @DeleteMapping("/api/v1/mail/admin/lists/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Removes a list and its address")
  void deleteMailingList(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    lists.delete(subject, id);
  }
}
