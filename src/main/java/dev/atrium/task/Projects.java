package dev.atrium.task;

import dev.atrium.access.Access;
import dev.atrium.access.Grant;
import dev.atrium.access.GranteeKind;
import dev.atrium.access.Permission;
import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.access.Viewer;
import dev.atrium.files.StoredFiles;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import dev.atrium.task.internal.Cards;
import dev.atrium.task.internal.ProjectRow;
import dev.atrium.task.internal.ProjectStream;
import dev.atrium.task.internal.ProjectsTable;
import dev.atrium.task.internal.Ranks;
import dev.atrium.task.internal.SectionRow;
import dev.atrium.task.internal.TaskResources;
import dev.atrium.task.internal.TasksTable;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Projects, their grants, sections and saved views. A project one may not view answers 404, as if
 * it did not exist. Its creator manages it; a department's project is edited by the department's
 * subtree, a team's by whom its managers grant, a personal one by nobody else. Every change of a
 * project's tasks and sections takes the project's row lock first and lands on its stream.
 */
@Service
public class Projects {

  /** The first section of a project made without naming any. */
  static final String FIRST_SECTION = "To do";

  static final int MAX_SECTIONS = 50;

  private final ProjectsTable projects;
  private final TasksTable tasks;
  private final ProjectStream stream;
  private final Cards cards;
  private final ResourceAccess resources;
  private final Access access;
  private final OrgDirectory directory;
  private final StoredFiles files;
  private final ApplicationEventPublisher events;
  private final ObjectMapper json;
  private final Clock clock;

  Projects(
      ProjectsTable projects,
      TasksTable tasks,
      ProjectStream stream,
      Cards cards,
      ResourceAccess resources,
      Access access,
      OrgDirectory directory,
      StoredFiles files,
      ApplicationEventPublisher events,
      ObjectMapper json,
      Clock clock) {
    this.projects = projects;
    this.tasks = tasks;
    this.stream = stream;
    this.cards = cards;
    this.resources = resources;
    this.access = access;
    this.directory = directory;
    this.files = files;
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  /** The projects I may view, by name; archived ones too when asked. */
  @Transactional(readOnly = true)
  public List<ProjectSummary> mine(Subject subject, boolean archived) {
    return projects.visible(resources.viewer(subject), archived).stream()
        .map(Projects::summary)
        .toList();
  }

  @Transactional(readOnly = true)
  public Project get(Subject subject, UUID projectId) {
    return view(viewable(resources.viewer(subject), projectId));
  }

  @Transactional
  public Project create(Subject subject, CreateProject command) {
    if (subject.guest()) {
      throw DomainException.forbidden(
          "task.guest-not-allowed", "Guests work in the projects shared with them.");
    }
    UUID me = subject.personId();
    String name = name(command.name());
    List<ProjectGrant> grants = new ArrayList<>();
    UUID departmentId = null;
    switch (command.kind()) {
      case PERSONAL -> {}
      case TEAM -> {
        if (command.grants() != null) {
          grants.addAll(command.grants());
        }
      }
      case DEPARTMENT -> {
        departmentId = command.departmentId();
        if (departmentId == null) {
          throw DomainException.badRequest(
              "task.department-required", "A department's project names its department.");
        }
        List<UUID> path = directory
            .departmentPath(departmentId)
            .orElseThrow(() ->
                DomainException.badRequest("task.department-not-found", "No such department."));
        boolean member =
            !directory.withinSubtrees(List.of(me), List.of(departmentId)).isEmpty();
        if (!member && !access.can(subject, Permission.ORG_MANAGE, Scope.department(path))) {
          throw DomainException.forbidden(
              "task.not-in-department",
              "Only the department's people and administrators open its projects.");
        }
        grants.add(
            new ProjectGrant(GranteeKind.DEPARTMENT, departmentId, null, ProjectRole.EDITOR));
      }
    }
    grants.add(new ProjectGrant(GranteeKind.PERSON, me, null, ProjectRole.MANAGER));
    UUID id = Ids.newId();
    Instant now = now();
    projects.insert(
        id,
        name,
        description(command.description()),
        command.kind(),
        departmentId,
        color(command.color()),
        me,
        now);
    List<String> sections = command.sections() == null || command.sections().isEmpty()
        ? List.of(FIRST_SECTION)
        : command.sections();
    for (int i = 0; i < sections.size(); i++) {
      projects.insertSection(Ids.newId(), id, sectionName(sections.get(i)), i, now);
    }
    replace(id, grants, me);
    projects.lock(id);
    stream.append(id, new TaskStreamEvent.ProjectUpdated(id));
    events.publishEvent(new ProjectChanged(id));
    return get(subject, id);
  }

  /** Changes the project's name, description, colour or archiving (its managers). */
  @Transactional
  public Project update(Subject subject, UUID projectId, UpdateProject command) {
    ProjectRow project = managed(lockedView(subject, projectId));
    projects.update(
        projectId,
        command.name() == null ? project.name() : name(command.name()),
        command.description() == null ? project.description() : description(command.description()),
        command.color() == null ? project.color() : color(command.color()),
        command.archived() == null ? project.archived() : command.archived(),
        now());
    stream.append(projectId, new TaskStreamEvent.ProjectUpdated(projectId));
    events.publishEvent(new ProjectChanged(projectId));
    return get(subject, projectId);
  }

  /** Deletes the project with its tasks and their files for good (its managers). */
  @Transactional
  public void delete(Subject subject, UUID projectId) {
    managed(lockedView(subject, projectId));
    List<UUID> all = tasks.inProject(projectId);
    stream.append(projectId, new TaskStreamEvent.ProjectUpdated(projectId));
    files.release(Tasks.FILE_OWNER, all);
    projects.delete(projectId);
    resources.forget(TaskResources.PROJECT, List.of(projectId));
    all.forEach(task -> events.publishEvent(new TaskDeleted(task, projectId)));
    events.publishEvent(new ProjectChanged(projectId));
  }

  /** The project's grants with the names of whom they name (its managers). */
  @Transactional(readOnly = true)
  public List<ProjectGrant> grants(Subject subject, UUID projectId) {
    managed(viewable(resources.viewer(subject), projectId));
    return grantList(projectId);
  }

  private List<ProjectGrant> grantList(UUID projectId) {
    return resources.grantsOn(TaskResources.PROJECT, projectId).stream()
        .map(g -> {
          GranteeKind kind = GranteeKind.of(g.grantee());
          return kind == null
              ? null
              : new ProjectGrant(
                  kind,
                  g.grantee().id(),
                  label(kind, g.grantee().id()),
                  TaskResources.projectRole(g.role()));
        })
        .filter(Objects::nonNull)
        .sorted(java.util.Comparator.comparing((ProjectGrant g) -> -g.role().rank())
            .thenComparing(g -> g.kind().name())
            .thenComparing(g -> String.valueOf(g.id())))
        .toList();
  }

  /**
   * Replaces the project's grants. Each names an existing person, department or group, or the
   * company; one named twice keeps its strongest role; a person or department must stay manager. A
   * personal project is its owner's alone. A manager may leave themselves out (handing the project
   * over); the answer is then the last they see of the grants.
   */
  @Transactional
  public List<ProjectGrant> replaceGrants(
      Subject subject, UUID projectId, ReplaceProjectGrants command) {
    ProjectRow project = managed(lockedView(subject, projectId));
    if (project.kind() == ProjectKind.PERSONAL) {
      throw DomainException.conflict(
          "task.project-personal", "A personal project is shared with nobody.");
    }
    replace(projectId, command.grants(), subject.personId());
    stream.append(projectId, new TaskStreamEvent.ProjectUpdated(projectId));
    events.publishEvent(new ProjectChanged(projectId));
    // not grants(subject, …): a manager may hand the project over and keep no role on it
    return grantList(projectId);
  }

  private void replace(UUID projectId, List<ProjectGrant> wanted, UUID by) {
    Map<String, ProjectGrant> merged = new LinkedHashMap<>();
    for (ProjectGrant grant : wanted) {
      UUID id = checkGrantee(grant.kind(), grant.id());
      merged.merge(
          grant.kind() + ":" + id,
          new ProjectGrant(grant.kind(), id, null, grant.role()),
          (a, b) -> a.role().compareTo(b.role()) >= 0 ? a : b);
    }
    if (merged.values().stream()
        .noneMatch(g -> g.role() == ProjectRole.MANAGER
            && (g.kind() == GranteeKind.PERSON || g.kind() == GranteeKind.DEPARTMENT))) {
      throw DomainException.badRequest(
          "task.project-needs-manager",
          "A project needs a manager: a person or a department with the MANAGER role.");
    }
    resources.replace(
        TaskResources.PROJECT,
        projectId,
        merged.values().stream()
            .map(g -> new Grant(g.kind().grantee(g.id()), TaskResources.role(g.role())))
            .toList(),
        by);
  }

  private @Nullable UUID checkGrantee(GranteeKind kind, @Nullable UUID id) {
    if (!kind.fits(id) || !directory.exists(kind.grantee(id))) {
      throw DomainException.badRequest(
          "task.grantee-not-found", "No such person, department or group.");
    }
    return id;
  }

  private @Nullable String label(GranteeKind kind, @Nullable UUID id) {
    if (id == null) {
      return null;
    }
    return switch (kind) {
      case DEPARTMENT -> directory.departmentName(id).orElse(null);
      case PERSON -> directory.find(id).map(PersonRef::name).orElse(null);
      case GROUP, COMPANY -> null;
    };
  }

  /** Appends a section after the project's last (its managers). */
  @Transactional
  public Section addSection(Subject subject, UUID projectId, CreateSection command) {
    writableManaged(subject, projectId);
    List<SectionRow> sections = projects.sections(projectId);
    if (sections.size() >= MAX_SECTIONS) {
      throw DomainException.badRequest(
          "task.too-many-sections", "A project has at most " + MAX_SECTIONS + " sections.");
    }
    Section section = new Section(Ids.newId(), sectionName(command.name()), sections.size());
    projects.insertSection(section.id(), projectId, section.name(), section.position(), now());
    stream.append(projectId, new TaskStreamEvent.SectionUpserted(section));
    return section;
  }

  /** Renames a section and/or moves it among the others (its project's managers). */
  @Transactional
  public Section updateSection(Subject subject, UUID sectionId, UpdateSection command) {
    SectionRow row = section(subject, sectionId);
    List<SectionRow> sections = new ArrayList<>(projects.sections(row.projectId()));
    String name = command.name() == null ? row.name() : sectionName(command.name());
    sections.removeIf(s -> s.id().equals(sectionId));
    int position =
        command.position() == null ? row.position() : Math.min(command.position(), sections.size());
    sections.add(position, new SectionRow(sectionId, row.projectId(), name, position));
    List<TaskStreamEvent> changed = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      SectionRow s = sections.get(i);
      boolean self = s.id().equals(sectionId);
      if (s.position() != i || self && !name.equals(row.name()) || self && row.position() != i) {
        projects.updateSection(s.id(), s.name(), i);
        changed.add(new TaskStreamEvent.SectionUpserted(new Section(s.id(), s.name(), i)));
      }
    }
    stream.append(row.projectId(), changed);
    return new Section(sectionId, name, position);
  }

  /**
   * Deletes a section; its tasks go to the end of {@code moveTo} (another section of the project),
   * which a section holding tasks needs. The last section stays.
   */
  @Transactional
  public void deleteSection(Subject subject, UUID sectionId, @Nullable UUID moveTo) {
    SectionRow row = section(subject, sectionId);
    List<SectionRow> sections = projects.sections(row.projectId());
    if (sections.size() == 1) {
      throw DomainException.conflict("task.last-section", "A project keeps at least one section.");
    }
    List<UUID> inSection = tasks.inSection(sectionId);
    List<TaskStreamEvent> changed = new ArrayList<>();
    if (!inSection.isEmpty()) {
      if (moveTo == null) {
        throw DomainException.conflict(
            "task.section-not-empty", "Say where the section's tasks go before deleting it.");
      }
      SectionRow target = projects
          .section(moveTo)
          .orElseThrow(
              () -> DomainException.notFound("task.section-not-found", "No such section."));
      if (!target.projectId().equals(row.projectId()) || moveTo.equals(sectionId)) {
        throw DomainException.badRequest(
            "task.section-of-other-project", "Move the tasks to another section of this project.");
      }
      List<TasksTable.Ranked> there = tasks.ranksIn(moveTo);
      String last = there.isEmpty() ? null : there.getLast().rank();
      Instant now = now();
      for (UUID task : inSection) {
        String rank = Ranks.between(last, null);
        tasks.setSection(task, moveTo, rank);
        tasks.addHistory(
            task,
            subject.personId(),
            now,
            "section",
            json.writeValueAsString(sectionId),
            json.writeValueAsString(moveTo));
        last = rank;
      }
      changed.add(new TaskStreamEvent.SectionRemoved(sectionId, moveTo));
      changed.addAll(cards.upserts(inSection));
      inSection.forEach(task -> events.publishEvent(
          new TaskChanged(task, subject.personId(), java.util.Set.of("section"))));
    } else {
      changed.add(new TaskStreamEvent.SectionRemoved(sectionId, null));
    }
    projects.deleteSection(sectionId);
    int i = 0;
    for (SectionRow s : sections) {
      if (s.id().equals(sectionId)) {
        continue;
      }
      if (s.position() != i) {
        projects.updateSection(s.id(), s.name(), i);
        changed.add(new TaskStreamEvent.SectionUpserted(new Section(s.id(), s.name(), i)));
      }
      i++;
    }
    stream.append(row.projectId(), changed);
  }

  /** My saved views of the project. */
  @Transactional(readOnly = true)
  public List<SavedView> views(Subject subject, UUID projectId) {
    viewable(resources.viewer(subject), projectId);
    return projects.views(projectId, subject.personId()).stream()
        .map(v -> new SavedView(v.id(), v.name(), json.readValue(v.filter(), TaskFilter.class)))
        .toList();
  }

  @Transactional
  public SavedView saveView(Subject subject, UUID projectId, SaveView command) {
    viewable(resources.viewer(subject), projectId);
    String name = command.name().strip();
    if (name.isEmpty()) {
      throw DomainException.badRequest("task.view-name-empty", "A saved view needs a name.");
    }
    if (name.length() > 60) {
      throw DomainException.badRequest(
          "task.view-name-too-long", "A saved view's name is at most 60 characters.");
    }
    UUID id = Ids.newId();
    projects.insertView(
        id, projectId, subject.personId(), name, json.writeValueAsString(command.filter()), now());
    return new SavedView(id, name, command.filter());
  }

  @Transactional
  public void deleteView(Subject subject, UUID viewId) {
    projects
        .view(viewId, subject.personId())
        .orElseThrow(() -> DomainException.notFound("task.view-not-found", "No such saved view."));
    projects.deleteView(viewId);
  }

  /** The project if the viewer may view it, else 404. */
  public ProjectRow viewable(Viewer viewer, UUID projectId) {
    return projects
        .view(projectId, viewer)
        .filter(p -> p.rank() > 0)
        .orElseThrow(() -> DomainException.notFound("task.project-not-found", "No such project."));
  }

  /** The project locked until commit, if the subject may view it. */
  private ProjectRow lockedView(Subject subject, UUID projectId) {
    if (!projects.lock(projectId)) {
      throw DomainException.notFound("task.project-not-found", "No such project.");
    }
    return viewable(resources.viewer(subject), projectId);
  }

  private static ProjectRow managed(ProjectRow project) {
    if (!project.manageable()) {
      throw DomainException.forbidden(
          "task.not-project-manager", "Only the project's managers may do this.");
    }
    return project;
  }

  private ProjectRow writableManaged(Subject subject, UUID projectId) {
    ProjectRow project = managed(lockedView(subject, projectId));
    if (project.archived()) {
      throw DomainException.conflict("task.project-archived", "This project is archived.");
    }
    return project;
  }

  private SectionRow section(Subject subject, UUID sectionId) {
    SectionRow row = projects
        .section(sectionId)
        .orElseThrow(() -> DomainException.notFound("task.section-not-found", "No such section."));
    writableManaged(subject, row.projectId());
    // re-read under the project's lock: a concurrent delete or move may have changed it
    return projects
        .section(sectionId)
        .orElseThrow(() -> DomainException.notFound("task.section-not-found", "No such section."));
  }

  Project view(ProjectRow row) {
    return new Project(
        row.id(),
        row.name(),
        row.description(),
        row.kind(),
        row.departmentId(),
        row.color(),
        ProjectRole.ofRank(row.rank()),
        row.openCount(),
        row.archived(),
        projects.sections(row.id()).stream().map(SectionRow::section).toList(),
        new ProjectCapabilities(row.editable(), row.manageable()),
        row.lastSeq());
  }

  static ProjectSummary summary(ProjectRow row) {
    return new ProjectSummary(
        row.id(),
        row.name(),
        row.description(),
        row.kind(),
        row.departmentId(),
        row.color(),
        ProjectRole.ofRank(row.rank()),
        row.openCount(),
        row.archived());
  }

  private static String name(String name) {
    String value = name.strip();
    if (value.isEmpty()) {
      throw DomainException.badRequest("task.project-name-empty", "A project needs a name.");
    }
    if (value.length() > 100) {
      throw DomainException.badRequest(
          "task.project-name-too-long", "A project's name is at most 100 characters.");
    }
    return value;
  }

  private static String description(@Nullable String description) {
    String value = description == null ? "" : description.strip();
    if (value.length() > 2000) {
      throw DomainException.badRequest(
          "task.project-description-too-long",
          "A project's description is at most 2,000 characters.");
    }
    return value;
  }

  private static String color(@Nullable String color) {
    return color == null || color.isBlank() ? "blue" : color.strip();
  }

  static String sectionName(String name) {
    String value = name.strip();
    if (value.isEmpty()) {
      throw DomainException.badRequest("task.section-name-empty", "A section needs a name.");
    }
    if (value.length() > 60) {
      throw DomainException.badRequest(
          "task.section-name-too-long", "A section's name is at most 60 characters.");
    }
    return value;
  }

  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
