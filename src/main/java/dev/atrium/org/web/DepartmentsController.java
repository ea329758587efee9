package dev.atrium.org.web;

import dev.atrium.access.Subject;
import dev.atrium.org.CreateDepartment;
import dev.atrium.org.Department;
import dev.atrium.org.DirectorySearch;
import dev.atrium.org.OrgAdministration;
import dev.atrium.org.UpdateDepartment;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Departments", description = "The department tree")
@RestController
@RequestMapping("/api/v1/departments")
class DepartmentsController {

  private final DirectorySearch directory;
  private final OrgAdministration administration;

  DepartmentsController(DirectorySearch directory, OrgAdministration administration) {
    this.directory = directory;
    this.administration = administration;
  }

  @GetMapping
  List<Department> list(@AuthenticationPrincipal Subject subject) {
    return directory.departments(subject);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Department create(
      @AuthenticationPrincipal Subject subject, @Valid @RequestBody CreateDepartment command) {
    return administration.createDepartment(subject, command);
  }

  @PatchMapping("/{id}")
  Department update(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody UpdateDepartment command) {
    return administration.updateDepartment(subject, id, command);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    administration.deleteDepartment(subject, id);
  }
}
