package dev.atrium.chat.internal;

import dev.atrium.chat.Ding;
import java.util.List;
import java.util.UUID;

/**
 * People were just dinged: {@code ding} as each of them sees it, {@code recipients} only those this
 * write added (a second call for the same object tells nobody twice).
 */
public record DingToTell(Ding ding, List<UUID> recipients) {}
