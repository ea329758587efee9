package dev.atrium.announce;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When non-readers are reminded, in hours after publication, and after how many hours their
 * department heads are told ({@code null}: never). A must-read without a plan of its own is reminded
 * after 24 and 72 hours; any other announcement is not reminded unless its author plans it.
 */
public record ReminderPlan(
    @NotNull List<@NotNull Integer> afterHours, @Nullable Integer escalateAfterHours) {

  public static final ReminderPlan MUST_READ_DEFAULT = new ReminderPlan(List.of(24, 72), null);
  public static final ReminderPlan NONE = new ReminderPlan(List.of(), null);

  /** At most this many reminders, each at most this many hours after publication. */
  public static final int MAX_REMINDERS = 5;

  public static final int MAX_HOURS = 24 * 30;
}
