package dev.pincheck.core.analysis;

import dev.pincheck.core.contract.PinKind;
import dev.pincheck.core.ir.AccessPath;
import dev.pincheck.core.ir.FunctionRef;
import dev.pincheck.core.ir.SourcePos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The facts of one path through a body at one program point: which value each variable and
 * written field holds, the pins, the known booleans and nullness, pending conditional pins,
 * open read sections, held locks, retired objects and function values. Paths are kept apart
 * (a disjunction of states) so correlated facts — "pinned only if {@code ok}" — stay exact.
 */
final class PathState {
  record PinKey(int value, PinKind kind) {}

  /** A pin taken only if a boolean value turns out to be {@code result}. */
  record Guard(int target, Set<PinKind> kinds, boolean result, SourcePos pos, String callee) {}

  /** An open read section: its domain, index value, and where it began. */
  record Section(String domain, String domainLabel, int index, SourcePos pos) {}

  record LockKey(int value, String lock) {}

  record LockRecord(boolean exclusive, String nestedIn, SourcePos pos) {}

  /** An object retired from a domain's readers, not yet past a grace period. */
  record Retirement(String domain, SourcePos pos, String how) {}

  final Map<AccessPath, Integer> env = new HashMap<>();
  final Map<ValueTable.FieldOf, Integer> heap = new HashMap<>();
  final Map<PinKey, PinRecord> pins = new HashMap<>();
  final Map<Integer, Boolean> booleans = new HashMap<>();
  final Map<Integer, Guard> guards = new HashMap<>();
  final Map<Integer, Boolean> isNull = new HashMap<>();
  final List<Section> sections = new ArrayList<>();
  final Set<Integer> closedIndexes = new HashSet<>();
  final Map<LockKey, LockRecord> locks = new HashMap<>();
  final Set<LockKey> unlocked = new HashSet<>();
  final Map<Integer, Retirement> retired = new HashMap<>();
  final Map<Integer, FunctionRef> functions = new HashMap<>();
  int returned = -1;
  SourcePos returnedAt;
  String exitNote;

  PathState copy() {
    PathState copy = new PathState();
    copy.env.putAll(env);
    copy.heap.putAll(heap);
    copy.pins.putAll(pins);
    copy.booleans.putAll(booleans);
    copy.guards.putAll(guards);
    copy.isNull.putAll(isNull);
    copy.sections.addAll(sections);
    copy.closedIndexes.addAll(closedIndexes);
    copy.locks.putAll(locks);
    copy.unlocked.addAll(unlocked);
    copy.retired.putAll(retired);
    copy.functions.putAll(functions);
    copy.returned = returned;
    copy.returnedAt = returnedAt;
    copy.exitNote = exitNote;
    return copy;
  }

  /** Every value the state mentions outside the pin map, which GC must keep facts about. */
  Set<Integer> referencedValues() {
    Set<Integer> values = new HashSet<>(env.values());
    for (Map.Entry<ValueTable.FieldOf, Integer> entry : heap.entrySet()) {
      values.add(entry.getKey().base());
      values.add(entry.getValue());
    }
    for (Guard guard : guards.values()) {
      values.add(guard.target());
    }
    for (Section section : sections) {
      values.add(section.index());
    }
    for (LockKey key : locks.keySet()) {
      values.add(key.value());
    }
    values.addAll(retired.keySet());
    values.add(returned);
    return values;
  }

  /** Renames every mention of a value, for a loop that makes a new value at the same site. */
  void rename(int from, int to) {
    env.replaceAll((path, value) -> value == from ? to : value);
    heap.replaceAll((field, value) -> value == from ? to : value);
    Map<PinKey, PinRecord> renamedPins = new HashMap<>();
    pins.forEach((key, record) -> renamedPins.merge(
        key.value() == from ? new PinKey(to, key.kind()) : key, record, PathState::mergeRecords));
    pins.clear();
    pins.putAll(renamedPins);
    renameKey(booleans, from, to);
    renameKey(guards, from, to);
    renameKey(isNull, from, to);
    renameKey(retired, from, to);
    renameKey(functions, from, to);
    guards.replaceAll((value, guard) -> guard.target() == from
        ? new Guard(to, guard.kinds(), guard.result(), guard.pos(), guard.callee()) : guard);
    List<Section> renamed = new ArrayList<>();
    for (Section section : sections) {
      Section moved = section.index() == from
          ? new Section(section.domain(), section.domainLabel(), to, section.pos()) : section;
      if (!renamed.contains(moved)) {
        renamed.add(moved);
      }
    }
    sections.clear();
    sections.addAll(renamed);
    if (returned == from) {
      returned = to;
    }
  }

  private static PinRecord mergeRecords(PinRecord a, PinRecord b) {
    int count = Math.min(a.count() + b.count(), PinRecord.MAX_COUNT);
    return new PinRecord(count, a.incoming() || b.incoming(),
        a.droppedAt() != null ? a.droppedAt() : b.droppedAt(),
        a.takenAt() != null ? a.takenAt() : b.takenAt(),
        a.takenBy() != null ? a.takenBy() : b.takenBy(),
        a.failedAt() != null ? a.failedAt() : b.failedAt(), a.unknown() || b.unknown());
  }

  private static <T> void renameKey(Map<Integer, T> map, int from, int to) {
    T value = map.remove(from);
    if (value != null) {
      map.put(to, value);
    }
  }

  boolean mentions(int value) {
    return referencedValues().contains(value)
        || pins.keySet().stream().anyMatch(key -> key.value() == value)
        || booleans.containsKey(value) || isNull.containsKey(value) || functions.containsKey(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PathState s
        && returned == s.returned
        && Objects.equals(exitNote, s.exitNote)
        && Objects.equals(returnedAt, s.returnedAt)
        && env.equals(s.env)
        && heap.equals(s.heap)
        && pins.equals(s.pins)
        && booleans.equals(s.booleans)
        && guards.equals(s.guards)
        && isNull.equals(s.isNull)
        && sections.equals(s.sections)
        && closedIndexes.equals(s.closedIndexes)
        && locks.equals(s.locks)
        && unlocked.equals(s.unlocked)
        && retired.equals(s.retired)
        && functions.equals(s.functions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(env, heap, pins, booleans, guards, isNull, sections, locks, retired, returned);
  }
}
