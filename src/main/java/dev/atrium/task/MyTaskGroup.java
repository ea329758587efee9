package dev.atrium.task;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One group of My tasks: how many tasks it holds, a page of its cards in the group's order (dated
 * groups soonest first, "no date" most recently changed first, done most recently completed first),
 * and {@code next}, the card to ask for more after ({@code after=}), none when this page ends it.
 */
public record MyTaskGroup(
    MyTaskGroupKey key,
    int count,
    List<TaskCard> cards,
    @Nullable UUID next) {}
