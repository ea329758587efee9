package dev.atrium.chat;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.chat.internal.ChannelStream;
import dev.atrium.chat.internal.ChannelsTable;
import dev.atrium.chat.internal.MembersTable;
import dev.atrium.chat.internal.Memberships;
import dev.atrium.org.DepartmentCreated;
import dev.atrium.org.DepartmentDeleted;
import dev.atrium.org.DepartmentMoved;
import dev.atrium.org.DepartmentRenamed;
import dev.atrium.org.MembershipsChanged;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonCreated;
import dev.atrium.org.PersonReactivated;
import dev.atrium.org.PersonSuspended;
import dev.atrium.org.PersonUpdated;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Department channels, as Feishu's department groups: every department has one, made with the
 * department (and, for departments older than this rule, at start-up), and its members are exactly
 * the active people whose primary or a secondary department lies in the department's subtree
 * (guests excepted). The root department's channel is therefore the company-wide channel everyone
 * is in, as Slack's #general, guests again excepted. Nobody joins, leaves or is removed by hand: the
 * org tree decides. The department's administrators manage the channel (its posting policy, say)
 * without being in it.
 *
 * <p>How membership follows the tree: these listeners hear org's events <em>synchronously, inside
 * org's own transaction</em> (plain {@code @EventListener}, like the audit log), and bring the
 * channels in step before org commits. So an org change and its channel consequences commit or
 * roll back together: nobody is ever in the department but out of its channel after a commit, and
 * a failure here fails the org change rather than leaving the two apart with a retry pending
 * somewhere. An {@code @ApplicationModuleListener} would run after commit in its own transaction
 * and be retried from the publication registry, but in between the channel would be wrong and
 * stream entries would trail the org change; the work is a handful of indexed queries per change,
 * cheap enough to do inline. Each change is a {@code member.joined}/{@code member.left} entry on the
 * channel's stream, pushed after org's commit like any other.
 */
@Service
public class DepartmentChannels {

  private final Channels channels;
  private final ChannelsTable channelRows;
  private final MembersTable members;
  private final Memberships memberships;
  private final ChannelStream stream;
  private final OrgDirectory directory;
  private final Access access;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;

  /** The view of a channel for no one in particular: only its own fields are read. */
  private static final UUID NOBODY = new UUID(0, 0);

  DepartmentChannels(Channels channels, ChannelsTable channelRows, MembersTable members, Memberships memberships,
                     ChannelStream stream, OrgDirectory directory, Access access, ApplicationEventPublisher events,
                     TransactionTemplate transactions) {
    this.channels = channels;
    this.channelRows = channelRows;
    this.members = members;
    this.memberships = memberships;
    this.stream = stream;
    this.directory = directory;
    this.access = access;
    this.events = events;
    this.transactions = transactions;
  }

  /** What {@link #create} answers: the channel, and whether this call made it (or it existed). */
  public record Created(Channel channel, boolean created) {}

  /**
   * The department's channel, for one of its administrators to open; made here when it is missing
   * (a department whose channel the start-up backfill has not reached yet), its maker then owning it
   * if they are in it.
   */
  @Transactional
  public Created create(Subject subject, CreateDepartmentChannel command) {
    UUID departmentId = command.departmentId();
    List<UUID> path = directory.departmentPath(departmentId)
        .orElseThrow(() -> DomainException.notFound("chat.department-not-found", "No such department."));
    access.check(subject, Permission.ORG_MANAGE, Scope.department(path));
    var existing = channelRows.ofDepartment(departmentId);
    if (existing.isPresent()) {
      return new Created(channels.view(existing.get(), subject), false);
    }
    boolean created = ensure(departmentId, subject.personId());
    return new Created(channels.view(channelRows.ofDepartment(departmentId).orElseThrow(), subject), created);
  }

  /**
   * Makes the departments' channels that are missing, each in its own transaction: installations
   * older than "every department has its channel" get theirs, with their people in, at the first
   * start that knows the rule. Safe on several nodes at once (one channel per department is a
   * unique constraint) and a no-op once done.
   */
  @EventListener(ApplicationReadyEvent.class)
  void backfill() {
    List<UUID> departments = directory.departmentIds();
    Set<UUID> present = channelRows.ofDepartments(departments).keySet();
    for (UUID departmentId : departments) {
      if (!present.contains(departmentId)) {
        transactions.executeWithoutResult(status -> ensure(departmentId, null));
      }
    }
  }

  @EventListener
  void on(DepartmentCreated event) {
    ensure(event.departmentId(), null);
  }

  /**
   * Makes the department's channel, named after it and holding its subtree's people; false when it
   * exists. {@code maker} owns it if they are in it; one the org tree makes has no owner, its
   * department's administrators managing it.
   */
  private boolean ensure(UUID departmentId, @Nullable UUID maker) {
    String name = directory.departmentName(departmentId).orElse(null);
    UUID id = Ids.newId();
    Instant now = channels.now();
    if (name == null || !channelRows.insertForDepartment(id, departmentId, name, maker, now)) {
      return false;
    }
    Set<UUID> people = directory.peopleInSubtree(departmentId);
    for (UUID person : people) {
      members.add(id, person, person.equals(maker) ? ChannelRole.OWNER : ChannelRole.MEMBER, now);
    }
    // one entry rather than one per member (a department may hold thousands): a client that meets
    // an unknown channel reloads its list, so everyone in it sees the channel appear
    ChannelSettings settings = channelRows.view(id, NOBODY).orElseThrow().settings();
    stream.append(id, now, people, seq -> new ChatStreamEvent.ChannelUpdated(settings));
    events.publishEvent(new ChannelCreated(id, ChannelKind.DEPARTMENT, name));
    return true;
  }

  @EventListener
  void on(PersonCreated event) {
    syncPerson(event.personId());
  }

  @EventListener
  void on(MembershipsChanged event) {
    syncPerson(event.personId());
  }

  @EventListener
  void on(PersonUpdated event) {
    if (event.changedFields().contains("primaryDepartmentId")) {
      syncPerson(event.personId());
    }
  }

  @EventListener
  void on(PersonSuspended event) {
    syncPerson(event.personId());
  }

  @EventListener
  void on(PersonReactivated event) {
    syncPerson(event.personId());
  }

  /**
   * A moved subtree keeps its own channels' members; the departments above it change: those on the
   * old parent's path lose its people, those on the new path gain them.
   */
  @EventListener
  void on(DepartmentMoved event) {
    Set<UUID> above = new HashSet<>(event.path());
    above.remove(event.departmentId());
    directory.departmentPath(event.previousParentId()).ifPresent(above::addAll);
    channelRows.ofDepartments(above).values().forEach(this::syncChannel);
  }

  @EventListener
  void on(DepartmentRenamed event) {
    channelRows.ofDepartment(event.departmentId()).ifPresent(id -> changeSettings(id, true, event.name(), null));
  }

  /** Only an empty department can be deleted; its channel is archived, its history kept. */
  @EventListener
  void on(DepartmentDeleted event) {
    channelRows.ofDepartment(event.departmentId()).ifPresent(id -> changeSettings(id, false, null, true));
  }

  /** Puts the person in the channels of every department holding them, and out of the rest. */
  private void syncPerson(UUID personId) {
    Set<UUID> wanted = new HashSet<>(channelRows.ofDepartments(directory.subtreesHolding(personId)).values());
    List<UUID> have = channelRows.departmentChannelsOf(personId);
    Instant now = channels.now();
    for (UUID channel : have) {
      if (!wanted.remove(channel)) {
        memberships.remove(channel, personId, now);
      }
    }
    for (UUID channel : wanted) {
      memberships.add(channel, personId, ChannelRole.MEMBER, now);
    }
  }

  /** Makes the channel's members equal to its department's people. */
  private void syncChannel(UUID channelId) {
    UUID departmentId = channelRows.view(channelId, NOBODY).orElseThrow().departmentId();
    if (departmentId == null) {
      return;
    }
    Set<UUID> wanted = new HashSet<>(directory.peopleInSubtree(departmentId));
    Instant now = channels.now();
    for (UUID person : members.of(channelId)) {
      if (!wanted.remove(person)) {
        memberships.remove(channelId, person, now);
      }
    }
    for (UUID person : wanted) {
      memberships.add(channelId, person, ChannelRole.MEMBER, now);
    }
  }

  private void changeSettings(UUID channelId, boolean rename, @Nullable String name, @Nullable Boolean archived) {
    ChannelSettings now = channelRows.view(channelId, NOBODY).orElseThrow().settings();
    ChannelSettings next = new ChannelSettings(rename ? name : now.name(), now.topic(), now.purpose(),
        archived == null ? now.archived() : archived, now.postingPolicy(), now.mentionPolicy());
    if (!next.equals(now)) {
      channelRows.updateSettings(channelId, next);
      stream.append(channelId, channels.now(), members.of(channelId), seq -> new ChatStreamEvent.ChannelUpdated(next));
    }
  }
}
