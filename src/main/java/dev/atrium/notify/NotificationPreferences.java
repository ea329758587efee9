package dev.atrium.notify;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a person wants to be told of, and when not to be disturbed. {@code kinds} lists every kind a
 * module declared, each on or off for the bell (off: no notification at all); a person who never
 * chose has them all on. Setting them, {@code kinds} names the kinds to change (others stay) and
 * {@code doNotDisturb} replaces the hours (absent: none).
 */
public record NotificationPreferences(
    @NotNull @Valid List<KindSetting> kinds,
    @Valid @Nullable QuietHours doNotDisturb) {

  /** One kind on or off; {@code module} is filled in answers and ignored when setting. */
  public record KindSetting(
      @Nullable String module,
      @NotNull String kind,
      @NotNull Boolean bell) {}

  /**
   * Do-not-disturb hours every day, {@code start} to {@code end} ({@code HH:mm}, local time in
   * {@code timeZone}, an IANA name such as {@code Asia/Shanghai}); an end before the start runs
   * over midnight. Meanwhile notifications are stored but not pushed: no live badge, no sound.
   */
  public record QuietHours(
      @NotNull String start, @NotNull String end, @NotNull String timeZone) {}
}
