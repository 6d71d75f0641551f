package dev.pincheck.core.analysis;

import dev.pincheck.core.contract.Contract;
import dev.pincheck.core.contract.DomainRef;
import dev.pincheck.core.contract.LockEffect;
import dev.pincheck.core.contract.ParamContract;
import dev.pincheck.core.contract.PinKind;
import dev.pincheck.core.ir.MethodBody;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Infers the contract of an unannotated body from the states at its exits and the facts met
 * on the way: which parameters it drops pins on, whether its result carries a pin, whether
 * its boolean result tells if it pinned a parameter, whether it may block, which domains it
 * waits for, which read section index it returns or leaves, and which locks it leaves held.
 */
final class SummaryInference {
  private final BodyContext context;
  private final Evaluator eval;

  SummaryInference(BodyContext context, Evaluator eval) {
    this.context = context;
    this.eval = eval;
  }

  Summary infer(List<PathExplorer.Exit> exits) {
    List<PathState> normal = exits.stream().filter(e -> !e.exceptional()).map(PathExplorer.Exit::state).toList();
    MethodBody body = context.body;
    BodyFacts facts = context.facts;
    Contract.Builder contract = Contract.builder();
    Set<Integer> uncertain = new HashSet<>();
    for (int i = 0; i < body.params().size(); i++) {
      if (!body.params().get(i).reference() && i != facts.readIndexParam) {
        continue;
      }
      ParamContract.Builder param = inferParam(normal, i, uncertain).toBuilder();
      if (facts.tearsDownParams.contains(i)) {
        param.tearsDown();
      }
      if (facts.retiresParams.containsKey(i)) {
        param.retires(facts.retiresParams.get(i));
      }
      if (facts.unlockedParams.containsKey(i) || !heldLocks(normal, i).isEmpty()) {
        List<LockEffect> locks = new ArrayList<>(heldLocks(normal, i));
        locks.addAll(facts.unlockedParams.getOrDefault(i, List.of()));
        param.locks(locks);
      }
      if (i == facts.readIndexParam) {
        param.readIndex();
      }
      ParamContract inferred = param.build();
      if (!inferred.equals(ParamContract.NONE)) {
        contract.param(i, inferred);
      }
    }
    ParamContract.Builder receiver = ParamContract.builder().retires(facts.retiresReceiver);
    if (facts.tearsDownReceiver) {
      receiver.tearsDown();
    }
    contract.receiver(receiver.build());
    Set<PinKind> returnPins = EnumSet.noneOf(PinKind.class);
    boolean uncertainReturn = inferReturnPins(normal, returnPins);
    Set<String> uncertainFields = new HashSet<>();
    contract.returnPins(returnPins)
        .blockingReason(body.declared().nonBlocking() ? null : facts.blockingReason)
        .waitsForReaders(facts.waits)
        .readLock(inferReadLock(normal))
        .readUnlock(facts.readUnlock)
        .receiverFields(inferReceiverFields(normal, uncertainFields));
    return new Summary(contract.build(), uncertain, uncertainFields, uncertainReturn);
  }

  /** What the body does to pins on its receiver's fields, judged like parameters. */
  private Map<String, ParamContract> inferReceiverFields(List<PathState> normal, Set<String> uncertain) {
    if (context.body.isStatic()) {
      return Map.of();
    }
    int receiver = context.values.receiver();
    Set<String> fields = new java.util.TreeSet<>();
    for (PathState state : normal) {
      for (PathState.PinKey key : state.pins.keySet()) {
        if (context.values.fieldBase(key.value()) == receiver) {
          fields.add(context.values.fieldName(key.value()));
        }
      }
    }
    Map<String, ParamContract> result = new java.util.TreeMap<>();
    for (String field : fields) {
      Set<Integer> unsure = new HashSet<>();
      ParamContract effect = inferPins(normal, context.values.field(receiver, field), unsure, 0);
      if (!unsure.isEmpty()) {
        uncertain.add(field);
      } else if (!effect.equals(ParamContract.NONE)) {
        result.put(field, effect);
      }
    }
    return result;
  }

  private ParamContract inferParam(List<PathState> normal, int index, Set<Integer> uncertain) {
    return inferPins(normal, context.values.param(index), uncertain, index);
  }

  /** Drops on every path make a release; drops on some, or lost track, make it uncertain. */
  private ParamContract inferPins(List<PathState> normal, int value, Set<Integer> uncertain, int index) {
    ParamContract.Builder param = ParamContract.builder();
    Set<PinKind> releases = EnumSet.noneOf(PinKind.class);
    for (PinKind kind : PinKind.values()) {
      int dropped = 0;
      int nullPaths = 0;
      boolean unsure = false;
      for (PathState state : normal) {
        PinRecord record = eval.pin(state, value, kind);
        unsure |= record.unknown();
        if (eval.isNull(state, value)) {
          nullPaths++; // nothing to drop on this path: if (mm != null) mmput(mm)
        } else if (record.dropped() && record.count() == 0 && !record.incoming()) {
          dropped++;
        }
      }
      if (dropped > 0 && dropped + nullPaths == normal.size()) {
        releases.add(kind);
      } else if (dropped > 0 || unsure) {
        uncertain.add(index);
      }
      Boolean result = conditionalPin(normal, value, kind);
      if (result != null) {
        param.pinsIf(EnumSet.of(kind), result);
      }
    }
    return param.releases(releases).build();
  }

  /** The result value {@code r} such that the body returns r exactly when it pinned the parameter. */
  private Boolean conditionalPin(List<PathState> normal, int value, PinKind kind) {
    if (!context.body.returnsBoolean() || normal.isEmpty()) {
      return null;
    }
    for (boolean result : new boolean[] {true, false}) {
      boolean consistent = true;
      boolean ever = false;
      for (PathState state : normal) {
        ReturnedCondition returned = ReturnedCondition.of(state, value, kind, context.values);
        if (returned.pinnedWhen() != null) {
          consistent &= returned.pinnedWhen() == result;
          ever = true;
          continue;
        }
        boolean held = eval.pin(state, value, kind).count() > 0;
        ever |= held;
        consistent &= returned.constant() != null && held == (returned.constant() == result);
      }
      if (consistent && ever) {
        return result;
      }
    }
    return null;
  }

  /** Fills the kinds every non-null result carries; returns whether only some results do. */
  private boolean inferReturnPins(List<PathState> normal, Set<PinKind> kinds) {
    boolean uncertain = false;
    for (PinKind kind : PinKind.values()) {
      int pinned = 0;
      int returns = 0;
      for (PathState state : normal) {
        if (state.returned < 0 || eval.isNull(state, state.returned)
            || context.values.origin(state.returned) == ValueTable.Origin.CALL_RESULT) {
          continue;
        }
        returns++;
        PinRecord record = eval.pin(state, state.returned, kind);
        if (record.unknown()) {
          return true; // lost track of the returned value's pins: callers must not guess either
        }
        if (record.count() > 0) {
          pinned++;
        }
      }
      if (pinned > 0 && pinned == returns) {
        kinds.add(kind);
      } else if (pinned > 0) {
        uncertain = true;
      }
    }
    return uncertain;
  }

  private DomainRef inferReadLock(List<PathState> normal) {
    DomainRef found = null;
    for (PathState state : normal) {
      PathState.Section section = state.sections.stream()
          .filter(s -> s.index() == state.returned).findFirst().orElse(null);
      if (section == null) {
        return null;
      }
      DomainRef ref = asCallerDomain(section.domain());
      if (ref == null || (found != null && !found.equals(ref))) {
        return null;
      }
      found = ref;
    }
    return found;
  }

  /** How a caller names a domain this body knows by key: a parameter, a receiver field, a name. */
  private DomainRef asCallerDomain(String key) {
    if (Domains.isNamed(key)) {
      return DomainRef.named(key.substring("named:".length()));
    }
    int value = Integer.parseInt(key.substring("value:".length()));
    ValueTable values = context.values;
    if (values.origin(value) == ValueTable.Origin.PARAM) {
      return DomainRef.param(values.paramIndex(value));
    }
    if (values.origin(value) == ValueTable.Origin.FIELD
        && values.origin(values.fieldBase(value)) == ValueTable.Origin.THIS) {
      return DomainRef.receiverField(List.of(values.fieldName(value)));
    }
    return null;
  }

  /** Locks on a parameter that every normal path leaves held: a lock helper. */
  private List<LockEffect> heldLocks(List<PathState> normal, int index) {
    int value = context.values.param(index);
    List<LockEffect> held = new ArrayList<>();
    if (normal.isEmpty()) {
      return held;
    }
    for (Map.Entry<PathState.LockKey, PathState.LockRecord> entry : normal.get(0).locks.entrySet()) {
      PathState.LockKey key = entry.getKey();
      if (key.value() != value) {
        continue;
      }
      boolean everywhere = normal.stream().allMatch(s -> s.locks.containsKey(key));
      if (everywhere) {
        PathState.LockRecord record = entry.getValue();
        held.add(new LockEffect(LockEffect.Action.LOCKS, key.lock(), record.exclusive(), record.nestedIn()));
      }
    }
    return held;
  }
}
