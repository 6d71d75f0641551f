package dev.pincheck.core.analysis;

import dev.pincheck.core.contract.LockEffect;
import dev.pincheck.core.ir.SourcePos;
import dev.pincheck.core.rules.Rule;
import java.util.Map;

/**
 * The lock half of a call: non-reentrant locks taken, released, required or taken internally
 * by the callee, per object. A lock's state is known only for objects the body made or
 * locked or unlocked itself; a parameter's is the caller's business, so it stays silent.
 */
final class LockEffects {
  private final BodyContext context;

  LockEffects(BodyContext context) {
    this.context = context;
  }

  void applyCall(CallSite call) {
    for (int i = 0; i < call.args().size(); i++) {
      for (LockEffect effect : call.contract().param(i).locks()) {
        apply(call, i, call.args().get(i), effect);
      }
    }
  }

  private void apply(CallSite call, int index, int value, LockEffect effect) {
    PathState state = call.state();
    PathState.LockKey key = new PathState.LockKey(value, effect.lock());
    PathState.LockRecord held = state.locks.get(key);
    boolean provablyFree = held == null
        && (context.values.origin(value) == ValueTable.Origin.FRESH || state.unlocked.contains(key));
    String what = effect.lock() + " lock of " + context.describe(call.state(), value);
    switch (effect.action()) {
      case LOCKS -> {
        if (held != null) {
          misuse(call, call.callee() + " takes the " + what + ", which this path already holds"
              + since(held) + ": the lock is not reentrant and this deadlocks. Take it once.");
        } else {
          state.locks.put(key, new PathState.LockRecord(effect.exclusive(), effect.nestedIn(), call.pos()));
          state.unlocked.remove(key);
        }
      }
      case UNLOCKS -> {
        if (held != null) {
          for (Map.Entry<PathState.LockKey, PathState.LockRecord> inner : state.locks.entrySet()) {
            if (inner.getKey().value() == value && inner.getValue().nestedIn().equals(effect.lock())) {
              misuse(call, call.callee() + " releases the " + what + " while the "
                  + inner.getKey().lock() + " lock taken inside it" + since(inner.getValue())
                  + " is still held. Release that one first (e.g. mmDropAllLocks).");
              break;
            }
          }
          state.locks.remove(key);
        } else if (provablyFree) {
          misuse(call, call.callee() + " releases the " + what + ", which this path does not hold."
              + " Release only a lock taken on this path, once.");
        } else if (context.values.origin(value) == ValueTable.Origin.PARAM) {
          context.facts.unlocked(index, effect);
        }
        state.unlocked.add(key);
      }
      case REQUIRES -> {
        if (held != null && effect.exclusive() && !held.exclusive()) {
          misuse(call, call.callee() + " needs the " + what + " held for write, but this path holds"
              + " it for read" + since(held) + ". Take it with the write lock.");
        } else if (provablyFree) {
          misuse(call, call.callee() + " needs the " + what + " held"
              + (effect.exclusive() ? " for write" : "") + ", and this path does not hold it."
              + " Take it first (mmapWriteLock) and release it after.");
        }
      }
      case TAKES -> {
        if (held != null) {
          misuse(call, call.callee() + " takes the " + what + " itself, but this path already"
              + " holds it" + since(held) + ": the lock is not reentrant and this deadlocks."
              + " Release it first, or call the variant that expects it held.");
        }
      }
    }
  }

  private void misuse(CallSite call, String message) {
    context.report(Rule.MMAP_LOCK_MISUSE, call.pos(), message);
  }

  private static String since(PathState.LockRecord record) {
    SourcePos pos = record.pos();
    return " (taken at line " + pos.line() + ")";
  }
}
