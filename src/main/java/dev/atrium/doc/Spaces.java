package dev.atrium.doc;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.access.Viewer;
import dev.atrium.doc.internal.DocGrants;
import dev.atrium.doc.internal.GrantRow;
import dev.atrium.doc.internal.SpaceRow;
import dev.atrium.doc.internal.SpacesTable;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spaces and who may use them. Anyone but a guest opens project spaces and their own personal space;
 * a department's space is opened by someone who administers that department, and starts with edit
 * rights for the department's subtree and read rights for the company. A space one may not read
 * answers 404, as if it did not exist. Grants live in {@code access} ({@link DocGrants}); whoever
 * holds {@code CONTENT_ADMINISTER} (system administrators) administers every space.
 */
@Service
public class Spaces {

  private final SpacesTable spaces;
  private final DocGrants docGrants;
  private final ResourceAccess resources;
  private final OrgDirectory directory;
  private final Access access;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Spaces(
      SpacesTable spaces,
      DocGrants docGrants,
      ResourceAccess resources,
      OrgDirectory directory,
      Access access,
      ApplicationEventPublisher events,
      Clock clock) {
    this.spaces = spaces;
    this.docGrants = docGrants;
    this.resources = resources;
    this.directory = directory;
    this.access = access;
    this.events = events;
    this.clock = clock;
  }

  /** The spaces I hold a grant in, personal first, then by name. */
  @Transactional(readOnly = true)
  public List<Space> mine(Subject subject, boolean archived) {
    Viewer viewer = resources.viewer(subject);
    return spaces.granted(viewer, archived).stream()
        .map(row -> view(new SpaceRow(
            row.id(),
            row.kind(),
            row.name(),
            row.description(),
            row.icon(),
            row.color(),
            row.departmentId(),
            row.ownerId(),
            row.archived(),
            row.createdBy(),
            row.createdAt(),
            viewer.contentAdmin() ? 3 : row.role())))
        .toList();
  }

  @Transactional(readOnly = true)
  public Space get(Subject subject, UUID spaceId) {
    return view(readable(resources.viewer(subject), spaceId));
  }

  @Transactional
  public Space create(Subject subject, CreateSpace command) {
    if (subject.guest()) {
      throw DomainException.forbidden(
          "doc.guest-not-allowed", "Guests use only the spaces shared with them.");
    }
    UUID me = subject.personId();
    return switch (command.kind()) {
      case PERSONAL -> personal(subject, command);
      case PROJECT -> {
        String name = required(command.name());
        yield insert(
            subject,
            command,
            name,
            null,
            null,
            List.of(new GrantRow(PrincipalKind.PERSON, me, SpaceRole.ADMIN)));
      }
      case DEPARTMENT -> {
        UUID departmentId = command.departmentId();
        if (departmentId == null) {
          throw DomainException.badRequest(
              "doc.department-required", "A department's space names its department.");
        }
        List<UUID> path = directory
            .departmentPath(departmentId)
            .orElseThrow(
                () -> DomainException.notFound("doc.department-not-found", "No such department."));
        if (!access.can(subject, Permission.ORG_MANAGE, Scope.department(path))) {
          throw DomainException.forbidden(
              "doc.not-department-admin",
              "Only an administrator of the department may open its space.");
        }
        if (spaces.ofDepartment(departmentId).isPresent()) {
          throw DomainException.conflict(
              "doc.department-space-exists", "This department has a space already.");
        }
        String name = command.name() == null || command.name().isBlank()
            ? directory.departmentName(departmentId).orElseThrow()
            : command.name().strip();
        yield insert(
            subject,
            command,
            name,
            departmentId,
            null,
            List.of(
                new GrantRow(PrincipalKind.DEPARTMENT, departmentId, SpaceRole.EDIT),
                new GrantRow(PrincipalKind.COMPANY, null, SpaceRole.READ),
                new GrantRow(PrincipalKind.PERSON, me, SpaceRole.ADMIN)));
      }
    };
  }

  private Space personal(Subject subject, CreateSpace command) {
    UUID me = subject.personId();
    var existing = spaces.ofOwner(me);
    if (existing.isPresent()) {
      return get(subject, existing.get());
    }
    String name = command.name() == null || command.name().isBlank()
        ? directory.find(me).map(PersonRef::name).orElse("")
        : command.name().strip();
    return insert(
        subject,
        command,
        name,
        null,
        me,
        List.of(new GrantRow(PrincipalKind.PERSON, me, SpaceRole.ADMIN)));
  }

  private Space insert(
      Subject subject,
      CreateSpace command,
      String name,
      @Nullable UUID departmentId,
      @Nullable UUID ownerId,
      List<GrantRow> grants) {
    UUID id = Ids.newId();
    if (!spaces.insert(
        id,
        command.kind(),
        name,
        blankToNull(command.description()),
        blankToNull(command.icon()),
        blankToNull(command.color()),
        departmentId,
        ownerId,
        subject.personId(),
        now())) {
      // the department or the person got a space from a concurrent request
      UUID other = (ownerId != null
              ? spaces.ofOwner(ownerId)
              : spaces.ofDepartment(java.util.Objects.requireNonNull(departmentId)))
          .orElseThrow();
      if (ownerId != null) {
        return get(subject, other);
      }
      throw DomainException.conflict(
          "doc.department-space-exists", "This department has a space already.");
    }
    docGrants.replaceOfSpace(id, grants, subject.personId());
    events.publishEvent(new SpaceCreated(id, command.kind(), name));
    return get(subject, id);
  }

  @Transactional
  public Space update(Subject subject, UUID spaceId, UpdateSpace command) {
    SpaceRow space = administered(resources.viewer(subject), spaceId);
    String name = command.name() == null ? space.name() : required(command.name());
    spaces.update(
        spaceId,
        name,
        command.description() == null ? space.description() : blankToNull(command.description()),
        command.icon() == null ? space.icon() : blankToNull(command.icon()),
        command.color() == null ? space.color() : blankToNull(command.color()));
    events.publishEvent(new SpaceChanged(spaceId));
    return get(subject, spaceId);
  }

  /** Archives a space: it stays readable, and nothing in it can be changed until it is unarchived. */
  @Transactional
  public Space archive(Subject subject, UUID spaceId, boolean archived) {
    administered(resources.viewer(subject), spaceId);
    spaces.archive(spaceId, archived);
    events.publishEvent(new PageAccessChanged(null, spaceId));
    return get(subject, spaceId);
  }

  /** The space's grants with the names of whom they name, for its administrators. */
  @Transactional(readOnly = true)
  public List<SpaceGrant> grants(Subject subject, UUID spaceId) {
    administered(resources.viewer(subject), spaceId);
    return docGrants.ofSpace(spaceId).stream()
        .map(g ->
            new SpaceGrant(g.kind(), g.principalId(), name(g.kind(), g.principalId()), g.role()))
        .toList();
  }

  /**
   * Replaces the space's grants. Each names an existing department or person, or the company; the
   * same one named twice keeps its strongest role; an administrator must remain.
   */
  @Transactional
  public List<SpaceGrant> replaceGrants(Subject subject, UUID spaceId, ReplaceGrants command) {
    SpaceRow space = administered(resources.viewer(subject), spaceId);
    Map<String, GrantRow> grants = new LinkedHashMap<>();
    for (SpaceGrant grant : command.grants()) {
      UUID id = checkPrincipal(grant.kind(), grant.id());
      grants.merge(
          grant.kind() + ":" + id,
          new GrantRow(grant.kind(), id, grant.role()),
          (a, b) -> a.role().compareTo(b.role()) >= 0 ? a : b);
    }
    if (grants.values().stream()
        .noneMatch(g -> g.role() == SpaceRole.ADMIN && g.kind() != PrincipalKind.COMPANY)) {
      throw DomainException.badRequest(
          "doc.space-needs-admin",
          "A space needs an administrator: a person or a department with the ADMIN role.");
    }
    docGrants.replaceOfSpace(spaceId, grants.values(), subject.personId());
    events.publishEvent(new SpaceGrantsChanged(spaceId, space.name(), grants.size()));
    events.publishEvent(new PageAccessChanged(null, spaceId));
    return grants(subject, spaceId);
  }

  /** Checks that a grant or restriction names someone who exists; returns the id to store (none for the company). */
  @Nullable
  UUID checkPrincipal(PrincipalKind kind, @Nullable UUID id) {
    return switch (kind) {
      case COMPANY -> {
        if (id != null) {
          throw DomainException.badRequest(
              "doc.principal-invalid", "A grant to the whole company names no one.");
        }
        yield null;
      }
      case DEPARTMENT -> {
        if (id == null || directory.departmentName(id).isEmpty()) {
          throw DomainException.badRequest("doc.department-not-found", "No such department.");
        }
        yield id;
      }
      case PERSON -> {
        if (id == null || directory.find(id).isEmpty()) {
          throw DomainException.badRequest("doc.person-not-found", "No such person.");
        }
        yield id;
      }
    };
  }

  @Nullable
  String name(PrincipalKind kind, @Nullable UUID id) {
    if (id == null) {
      return null;
    }
    return kind == PrincipalKind.DEPARTMENT
        ? directory.departmentName(id).orElse(null)
        : directory.find(id).map(PersonRef::name).orElse(null);
  }

  SpaceRow readable(Viewer viewer, UUID spaceId) {
    return spaces
        .view(spaceId, viewer)
        .filter(space -> space.role() > 0)
        .orElseThrow(() -> DomainException.notFound("doc.space-not-found", "No such space."));
  }

  SpaceRow administered(Viewer viewer, UUID spaceId) {
    SpaceRow space = readable(viewer, spaceId);
    if (!space.administrable()) {
      throw DomainException.forbidden(
          "doc.not-space-admin", "Only the space's administrators may do this.");
    }
    return space;
  }

  /** The space, if the viewer may write pages in it now (403 {@code doc.read-only} otherwise). */
  SpaceRow writable(Viewer viewer, UUID spaceId) {
    SpaceRow space = readable(viewer, spaceId);
    if (space.role() < 2) {
      throw DomainException.forbidden(
          "doc.read-only", "You may read this space but not change it.");
    }
    if (space.archived()) {
      throw DomainException.conflict("doc.space-archived", "This space is archived.");
    }
    return space;
  }

  static Space view(SpaceRow row) {
    return new Space(
        row.id(),
        row.kind(),
        row.name(),
        row.description(),
        row.icon(),
        row.color(),
        row.departmentId(),
        row.ownerId(),
        row.archived(),
        row.createdBy(),
        row.createdAt(),
        SpaceRole.ofRank(row.role()),
        new SpaceCapabilities(row.role() >= 2 && !row.archived(), row.administrable()));
  }

  private static String required(@Nullable String name) {
    if (name == null || name.isBlank()) {
      throw DomainException.badRequest("doc.name-required", "A space needs a name.");
    }
    return name.strip();
  }

  static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
