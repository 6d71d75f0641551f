package dev.pincheck.core.analysis;

import dev.pincheck.core.contract.Contract;
import dev.pincheck.core.contract.DomainRef;
import dev.pincheck.core.contract.ParamContract;
import dev.pincheck.core.ir.CallTarget;
import dev.pincheck.core.ir.FunctionRef;
import dev.pincheck.core.ir.SourcePos;
import dev.pincheck.core.rules.Rule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The SRCU half of a call: what it may not do inside a read section (block, wait for the
 * section's own grace period, unregister its own notifier, drop the last {@code mm_users}),
 * what a non-blocking context may not call, entering and leaving read sections, retiring
 * objects and tearing them down before a grace period.
 */
final class SrcuEffects {
  private final BodyContext context;
  private final Evaluator eval;

  SrcuEffects(BodyContext context, Evaluator eval) {
    this.context = context;
    this.eval = eval;
  }

  void beforeCall(CallSite call) {
    Contract contract = call.contract();
    Set<String> waits = waitedDomains(call);
    if (contract.blocking()) {
      context.facts.blocking("calls " + call.callee() + " at line " + call.pos().line()
          + ", which " + contract.blockingReason());
    }
    checkReadSection(call, waits);
    checkFunctionArguments(call);
    checkTeardown(call);
  }

  void applyCall(CallSite call, int result) {
    Contract contract = call.contract();
    PathState state = call.state();
    if (contract.readUnlock() != null) {
      leaveSection(call);
    }
    if (contract.readLock() != null && result >= 0) {
      String domain = domainKey(call, contract.readLock());
      PathState.Section section = domain == null ? null
          : new PathState.Section(domain, domainLabel(call, contract.readLock()), result, call.pos());
      if (section != null && !state.sections.contains(section)) {
        state.sections.add(section);
      }
    }
    for (int i = 0; i < call.args().size(); i++) {
      retire(call, call.args().get(i), contract.param(i).retires());
    }
    if (call.receiver() >= 0) {
      retire(call, call.receiver(), contract.receiver().retires());
    }
    for (String domain : waitedDomains(call)) {
      state.retired.values().removeIf(retirement -> retirement.domain().equals(domain));
    }
  }

  private void checkReadSection(CallSite call, Set<String> waits) {
    PathState state = call.state();
    Contract contract = call.contract();
    String own = context.ownDomain();
    Set<String> readers = new LinkedHashSet<>();
    if (own != null) {
      readers.add(own);
    }
    state.sections.forEach(section -> readers.add(section.domain()));
    if (readers.isEmpty()) {
      if (context.own.nonBlocking() && contract.blocking()) {
        context.report(Rule.BLOCKING_IN_SRCU_CALLBACK, call.pos(),
            call.callee() + " may block (it " + contract.blockingReason() + "), but "
                + context.body.displayName() + " is declared @NonBlocking. Move the blocking"
                + " work out, e.g. to a workqueue thread, or defer it.");
      }
      return;
    }
    Set<String> deadlocked = new LinkedHashSet<>(waits);
    deadlocked.retainAll(readers);
    if (own != null && deadlocked.contains(own) && retiresReceiver(call)) {
      context.report(Rule.CALLBACK_SELF_UNREGISTER, call.pos(),
          call.callee() + " unregisters this notifier from inside its own callback, which runs in"
              + " a read section of " + Domains.label(own, "") + ": the unregister waits for that"
              + " grace period and never returns. Use mmuNotifierUnregisterNoRelease(this, mm) and"
              + " free the notifier from a function passed to mmuNotifierCallSrcu.");
    } else if (own != null && deadlocked.contains(own) && releasesPins(contract)) {
      context.report(Rule.LAST_PUT_IN_NOTIFIER_CALLBACK, call.pos(),
          call.callee() + " drops mm_users from inside a notifier callback: if it is the last pin,"
              + " exit_mmap runs the notifiers' release and waits for the notifier SRCU grace"
              + " period from inside this callback's read section, and deadlocks."
              + " Use mmputAsync to defer the teardown.");
    } else if (!deadlocked.isEmpty()) {
      String domain = deadlocked.iterator().next();
      context.report(Rule.SRCU_SELF_DEADLOCK, call.pos(),
          call.callee() + " waits for a grace period of " + labelOf(state, domain)
              + " from inside a read section of that same domain" + sectionStart(state, domain)
              + ": the grace period cannot end until this reader leaves, so it never returns."
              + " Leave the read section first, or defer the work with callSrcu.");
    } else if (contract.blocking()) {
      String domain = readers.iterator().next();
      context.report(Rule.BLOCKING_IN_SRCU_READ_SECTION, call.pos(),
          call.callee() + " may block (it " + contract.blockingReason() + ") inside a read section"
              + " of " + labelOf(state, domain) + sectionStart(state, domain) + ". A blocked reader"
              + " stalls every grace period of the domain, and with it every unregister,"
              + " synchronize and deferred free. Move the call outside the read section.");
    }
  }

  private void checkFunctionArguments(CallSite call) {
    for (int i = 0; i < call.args().size(); i++) {
      if (!call.contract().param(i).nonBlockingFunction()) {
        continue;
      }
      FunctionRef function = call.state().functions.get(call.args().get(i));
      if (function == null) {
        continue;
      }
      for (CallTarget implementation : function.implementations()) {
        Contract contract = context.contracts.of(implementation);
        if (contract.blocking()) {
          SourcePos at = i < call.invoke().argPositions().size()
              ? call.invoke().argPositions().get(i) : call.pos();
          context.report(Rule.BLOCKING_IN_SRCU_CALLBACK, at,
              function.description() + " is passed to " + call.callee() + ", which runs it where"
                  + " sleeping is not allowed, but it may block: it " + contract.blockingReason()
                  + ". Do only non-blocking work there (free memory, drop pins with mmdrop,"
                  + " mmputAsync); hand blocking work to another thread.");
          break;
        }
      }
    }
  }

  private void checkTeardown(CallSite call) {
    PathState state = call.state();
    if (state.retired.isEmpty()) {
      return;
    }
    Contract contract = call.contract();
    List<Integer> tornDown = new ArrayList<>();
    if (contract.receiver().tearsDown() && call.receiver() >= 0) {
      tornDown.add(call.receiver());
    }
    for (int i = 0; i < call.args().size(); i++) {
      ParamContract param = call.contract().param(i);
      int value = call.args().get(i);
      if (param.tearsDown()) {
        tornDown.add(value);
      }
      if (releasesObjectsPin(call.state(), value, param) && context.values.fieldBase(value) >= 0) {
        tornDown.add(context.values.fieldBase(value));
      }
    }
    for (int object : tornDown) {
      PathState.Retirement retirement = state.retired.get(object);
      if (retirement != null) {
        context.report(Rule.TEARDOWN_WITHOUT_GRACE_PERIOD, call.pos(),
            call.callee() + " tears down state of " + context.describe(call.state(), object) + " that "
                + retirement.how() + " retired at line " + retirement.pos().line()
                + ", before a grace period of " + Domains.label(retirement.domain(), "its domain")
                + ": callbacks already running may still use it (use after free). Do it in a"
                + " function passed to mmuNotifierCallSrcu/callSrcu, or after"
                + " mmuNotifierSynchronize.");
        return;
      }
    }
  }

  private void leaveSection(CallSite call) {
    PathState state = call.state();
    Contract contract = call.contract();
    String domain = domainKey(call, contract.readUnlock());
    int indexParam = contract.readIndexParam();
    int index = call.arg(indexParam);
    if (index < 0) {
      return;
    }
    if (context.values.origin(index) == ValueTable.Origin.PARAM) {
      context.facts.readUnlock = summaryRef(call, contract.readUnlock());
      context.facts.readIndexParam = context.values.paramIndex(index);
    }
    PathState.Section section = state.sections.stream()
        .filter(s -> s.index() == index).findFirst().orElse(null);
    if (section == null && state.heap.containsValue(index)) {
      return; // the section was handed to an object with its index (kvm's vcpu->srcu_idx)
    }
    if (section != null) {
      state.sections.remove(section);
      state.closedIndexes.add(index);
      if (domain != null && !domain.equals(section.domain())
          && comparable(domain) && comparable(section.domain())) {
        context.report(Rule.SRCU_UNLOCK_MISMATCH, call.pos(),
            call.callee() + " leaves a read section of " + domainLabel(call, contract.readUnlock())
                + " with the index of the section entered at line " + section.pos().line()
                + " on " + section.domainLabel() + ". Unlock the Srcu that was locked.");
      }
      return;
    }
    ValueTable.Origin origin = context.values.origin(index);
    if (origin != ValueTable.Origin.FRESH && origin != ValueTable.Origin.CONSTANT) {
      return;
    }
    String why = origin == ValueTable.Origin.CONSTANT ? "the index is a constant, not one srcuReadLock returned"
        : state.closedIndexes.contains(index)
        ? "that read section was already left"
        : state.sections.isEmpty() ? "no read section is open on this path"
        : "the index belongs to no open read section";
    context.report(Rule.SRCU_UNLOCK_MISMATCH, call.pos(),
        call.callee() + " leaves a read section, but " + why + ". Pass back the index that"
            + " srcuReadLock returned for this section, exactly once.");
  }

  /** The object leaves the domain's reader-visible state; note it for the body's summary too. */
  private void retire(CallSite call, int object, DomainRef retires) {
    String domain = retires == null ? null : domainKey(call, retires);
    if (domain == null) {
      return;
    }
    call.state().retired.put(object, new PathState.Retirement(domain, call.pos(), call.callee()));
    DomainRef asSummary = summaryRef(call, retires);
    ValueTable.Origin origin = context.values.origin(object);
    if (asSummary != null && origin == ValueTable.Origin.THIS) {
      context.facts.retiresReceiver = asSummary;
    } else if (asSummary != null && origin == ValueTable.Origin.PARAM) {
      context.facts.retiresParams.put(context.values.paramIndex(object), asSummary);
    }
  }

  /** Whether the call retires the body's own receiver (a notifier unregistering itself). */
  /** A domain compared with another: named, or an Srcu whose identity is known (not a call's result). */
  private boolean comparable(String domain) {
    return Domains.isNamed(domain)
        || context.values.origin(Integer.parseInt(domain.substring("value:".length())))
            != ValueTable.Origin.CALL_RESULT;
  }

  private boolean retiresReceiver(CallSite call) {
    int self = context.values.receiver();
    if (call.receiver() == self && call.contract().receiver().retires() != null) {
      return true;
    }
    for (int i = 0; i < call.args().size(); i++) {
      if (call.contract().param(i).retires() != null && call.args().get(i) == self) {
        return true;
      }
    }
    return false;
  }

  /** A drop of a pin the method holds itself tears nothing down; the object's pin does. */
  private boolean releasesObjectsPin(PathState state, int value, ParamContract param) {
    return param.releases().stream().anyMatch(kind -> eval.pin(state, value, kind).count() == 0);
  }

  private static boolean releasesPins(Contract contract) {
    return contract.params().stream().anyMatch(p -> !p.releases().isEmpty());
  }

  private Set<String> waitedDomains(CallSite call) {
    Set<String> keys = new LinkedHashSet<>();
    for (DomainRef ref : call.contract().waitsForReaders()) {
      String key = domainKey(call, ref);
      if (key != null) {
        keys.add(key);
        context.facts.waitsFor(summaryRef(call, ref));
      }
    }
    return keys;
  }

  /** The domain a contract refers to, as a key on this path; null when it cannot be told. */
  String domainKey(CallSite call, DomainRef ref) {
    if (ref.isNamed()) {
      return Domains.named(ref.name());
    }
    if (ref.isParam()) {
      int value = call.arg(ref.paramIndex());
      return value < 0 ? null : Domains.ofValue(value);
    }
    if (call.receiver() < 0 || ref.receiverFields().isEmpty()) {
      return null;
    }
    int value = call.receiver();
    for (String field : ref.receiverFields()) {
      value = eval.readField(call.state(), value, field);
    }
    return Domains.ofValue(value);
  }

  private String domainLabel(CallSite call, DomainRef ref) {
    if (ref.isNamed()) {
      return Domains.label(Domains.named(ref.name()), "");
    }
    int value = ref.isParam() ? call.arg(ref.paramIndex()) : -1;
    String operand = ref.isParam() && ref.paramIndex() < call.invoke().args().size()
        ? describeOperand(call, ref.paramIndex()) : null;
    return operand != null ? operand : value >= 0 ? context.describe(call.state(), value) : "the receiver's Srcu";
  }

  private static String describeOperand(CallSite call, int index) {
    var operand = call.invoke().args().get(index);
    return operand instanceof dev.pincheck.core.ir.AccessPath path
        && path.root().kind() != dev.pincheck.core.ir.Variable.Kind.TEMP
        ? BodyContext.describe(path) : null;
  }

  /** How a caller of this body would name the same domain, for the body's summary. */
  private DomainRef summaryRef(CallSite call, DomainRef ref) {
    if (ref.isNamed()) {
      return ref;
    }
    int value = ref.isParam() ? call.arg(ref.paramIndex()) : -1;
    if (value < 0) {
      return null;
    }
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

  private static String labelOf(PathState state, String domain) {
    return state.sections.stream().filter(s -> s.domain().equals(domain))
        .map(PathState.Section::domainLabel).findFirst()
        .orElse(Domains.label(domain, "that Srcu"));
  }

  private static String sectionStart(PathState state, String domain) {
    return state.sections.stream().filter(s -> s.domain().equals(domain))
        .map(s -> " (entered at line " + s.pos().line() + ")").findFirst()
        .orElse(" (the body of a notifier callback)");
  }
}
