package dev.atrium.org.web;

import dev.atrium.access.Subject;
import dev.atrium.org.CreatePerson;
import dev.atrium.org.DirectorySearch;
import dev.atrium.org.OrgAdministration;
import dev.atrium.org.PeopleQuery;
import dev.atrium.org.PersonProfile;
import dev.atrium.org.PersonSummary;
import dev.atrium.org.SecondaryMembership;
import dev.atrium.org.UpdateOwnProfile;
import dev.atrium.org.UpdatePerson;
import dev.atrium.shared.Page;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "People", description = "The directory: search, profiles, and managing people")
@RestController
@RequestMapping("/api/v1")
class PeopleController {

  private final DirectorySearch directory;
  private final OrgAdministration administration;

  PeopleController(DirectorySearch directory, OrgAdministration administration) {
    this.directory = directory;
    this.administration = administration;
  }

  @GetMapping("/people")
  Page<PersonSummary> search(
      @AuthenticationPrincipal Subject subject,
      @RequestParam(required = false) @Size(max = 100) @Nullable String q,
      @RequestParam(required = false) @Nullable UUID departmentId,
      @RequestParam(defaultValue = "true") boolean subtree,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(PeopleQuery.MAX_SIZE) int size) {
    return directory.people(subject, new PeopleQuery(q, departmentId, subtree, page, size));
  }

  @GetMapping("/people/{id}")
  PersonProfile profile(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return directory.profile(subject, id);
  }

  @PostMapping("/people")
  @ResponseStatus(HttpStatus.CREATED)
  PersonProfile create(
      @AuthenticationPrincipal Subject subject, @Valid @RequestBody CreatePerson command) {
    return administration.createPerson(subject, command);
  }

  @PatchMapping("/people/{id}")
  PersonProfile update(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody UpdatePerson command) {
    return administration.updatePerson(subject, id, command);
  }

  @PatchMapping("/me/profile")
  PersonProfile updateOwn(
      @AuthenticationPrincipal Subject subject, @Valid @RequestBody UpdateOwnProfile command) {
    return administration.updateOwnProfile(subject, command);
  }

  @PutMapping("/people/{id}/memberships")
  PersonProfile setMemberships(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @RequestBody @NotNull @Size(max = 100) List<@Valid SecondaryMembership> memberships) {
    return administration.setMemberships(subject, id, memberships);
  }

  @PostMapping("/people/{id}/suspend")
  PersonProfile suspend(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return administration.suspend(subject, id);
  }

  @PostMapping("/people/{id}/reactivate")
  PersonProfile reactivate(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return administration.reactivate(subject, id);
  }
}
