package dev.pincheck.core.analysis;

import dev.pincheck.core.contract.DomainRef;
import dev.pincheck.core.contract.LockEffect;
import dev.pincheck.core.contract.PinKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Path-insensitive facts gathered while exploring a body, for its inferred summary and for
 * the unit: why it may block, which domains it waits for, what it retires, tears down or unlocks,
 * which read section index it leaves, and which pins its field stores hand to objects.
 */
final class BodyFacts {
  String blockingReason;
  final List<DomainRef> waits = new ArrayList<>();
  boolean tearsDownReceiver;
  DomainRef retiresReceiver;
  final Map<Integer, DomainRef> retiresParams = new HashMap<>();
  final Set<Integer> tearsDownParams = new HashSet<>();
  final Map<Integer, List<LockEffect>> unlockedParams = new HashMap<>();
  DomainRef readUnlock;
  int readIndexParam = -1;
  final Map<String, Set<PinKind>> fieldStores = new HashMap<>();

  void blocking(String reason) {
    if (blockingReason == null) {
      blockingReason = reason;
    }
  }

  void waitsFor(DomainRef domain) {
    if (domain != null && !waits.contains(domain)) {
      waits.add(domain);
    }
  }

  /** Records which pins a field store hands to the object, for the unit's field knowledge. */
  void stored(String field, PathState state, int value, Evaluator eval) {
    PinKind kind = eval.pin(state, value, PinKind.COUNT).count() > 0 ? PinKind.COUNT
        : eval.pin(state, value, PinKind.USERS).count() > 0 ? PinKind.USERS : null;
    if (kind != null) {
      fieldStores.computeIfAbsent(field, f -> EnumSet.noneOf(PinKind.class)).add(kind);
    }
  }

  void unlocked(int param, LockEffect effect) {
    List<LockEffect> effects = unlockedParams.computeIfAbsent(param, p -> new ArrayList<>());
    if (!effects.contains(effect)) {
      effects.add(effect);
    }
  }
}
