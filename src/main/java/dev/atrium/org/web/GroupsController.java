package dev.atrium.org.web;

import dev.atrium.access.Subject;
import dev.atrium.org.CreateGroup;
import dev.atrium.org.Group;
import dev.atrium.org.GroupWithMembers;
import dev.atrium.org.Groups;
import dev.atrium.org.SetGroupMembers;
import dev.atrium.org.UpdateGroup;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Groups", description = "Groups of people across departments")
@RestController
@RequestMapping("/api/v1/groups")
class GroupsController {

  private final Groups groups;

  GroupsController(Groups groups) {
    this.groups = groups;
  }

  @GetMapping
  List<Group> list(@AuthenticationPrincipal Subject subject) {
    return groups.list(subject);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Group create(@AuthenticationPrincipal Subject subject, @Valid @RequestBody CreateGroup command) {
    return groups.create(subject, command);
  }

  @GetMapping("/{id}")
  GroupWithMembers get(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return groups.get(subject, id);
  }

  @PatchMapping("/{id}")
  Group update(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody UpdateGroup command) {
    return groups.update(subject, id, command);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    groups.delete(subject, id);
  }

  @PutMapping("/{id}/members")
  GroupWithMembers setMembers(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody SetGroupMembers command) {
    return groups.setMembers(subject, id, command);
  }
}
