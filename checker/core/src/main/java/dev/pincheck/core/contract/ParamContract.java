package dev.pincheck.core.contract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a contract says about one parameter (or the receiver). {@code pinsIfResult}
 * matters only when {@code pinsIf} is not empty; null fields mean "nothing said".
 */
public record ParamContract(
    Set<PinKind> pins,
    Set<PinKind> pinsIf,
    boolean pinsIfResult,
    Set<PinKind> releases,
    Set<PinKind> uses,
    PinKind attachesTo,
    boolean srcuDomain,
    boolean readIndex,
    DomainRef afterGracePeriod,
    boolean nonBlockingFunction,
    DomainRef retires,
    boolean tearsDown,
    List<LockEffect> locks) {

  public static final ParamContract NONE =
      new ParamContract(
          Set.of(), Set.of(), true, Set.of(), Set.of(), null, false, false, null, false, null,
          false, List.of());

  public ParamContract {
    pins = copy(pins);
    pinsIf = copy(pinsIf);
    releases = copy(releases);
    uses = copy(uses);
    locks = List.copyOf(locks);
  }

  private static Set<PinKind> copy(Set<PinKind> kinds) {
    return kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
  }

  /** Whether the contract says anything about pins on this parameter. */
  public boolean declaresPins() {
    return !pins.isEmpty() || !pinsIf.isEmpty() || !releases.isEmpty();
  }

  public ParamContract withPins(Set<PinKind> value) {
    return new ParamContract(value, pinsIf, pinsIfResult, releases, uses, attachesTo, srcuDomain,
        readIndex, afterGracePeriod, nonBlockingFunction, retires, tearsDown, locks);
  }

  public ParamContract withPinsIf(Set<PinKind> value, boolean result) {
    return new ParamContract(pins, value, result, releases, uses, attachesTo, srcuDomain,
        readIndex, afterGracePeriod, nonBlockingFunction, retires, tearsDown, locks);
  }

  public ParamContract withReleases(Set<PinKind> value) {
    return new ParamContract(pins, pinsIf, pinsIfResult, value, uses, attachesTo, srcuDomain,
        readIndex, afterGracePeriod, nonBlockingFunction, retires, tearsDown, locks);
  }

  public ParamContract withUses(Set<PinKind> value) {
    return new ParamContract(pins, pinsIf, pinsIfResult, releases, value, attachesTo, srcuDomain,
        readIndex, afterGracePeriod, nonBlockingFunction, retires, tearsDown, locks);
  }

  public ParamContract withAttachesTo(PinKind value) {
    return new ParamContract(pins, pinsIf, pinsIfResult, releases, uses, value, srcuDomain,
        readIndex, afterGracePeriod, nonBlockingFunction, retires, tearsDown, locks);
  }

  public ParamContract withSrcuDomain(boolean value) {
    return new ParamContract(pins, pinsIf, pinsIfResult, releases, uses, attachesTo, value,
        readIndex, afterGracePeriod, nonBlockingFunction, retires, tearsDown, locks);
  }

  public ParamContract withReadIndex(boolean value) {
    return new ParamContract(pins, pinsIf, pinsIfResult, releases, uses, attachesTo, srcuDomain,
        value, afterGracePeriod, nonBlockingFunction, retires, tearsDown, locks);
  }

  public ParamContract withAfterGracePeriod(DomainRef value) {
    return new ParamContract(pins, pinsIf, pinsIfResult, releases, uses, attachesTo, srcuDomain,
        readIndex, value, nonBlockingFunction, retires, tearsDown, locks);
  }

  public ParamContract withNonBlockingFunction(boolean value) {
    return new ParamContract(pins, pinsIf, pinsIfResult, releases, uses, attachesTo, srcuDomain,
        readIndex, afterGracePeriod, value, retires, tearsDown, locks);
  }

  public ParamContract withRetires(DomainRef value) {
    return new ParamContract(pins, pinsIf, pinsIfResult, releases, uses, attachesTo, srcuDomain,
        readIndex, afterGracePeriod, nonBlockingFunction, value, tearsDown, locks);
  }

  public ParamContract withTearsDown(boolean value) {
    return new ParamContract(pins, pinsIf, pinsIfResult, releases, uses, attachesTo, srcuDomain,
        readIndex, afterGracePeriod, nonBlockingFunction, retires, value, locks);
  }

  public ParamContract withLocks(List<LockEffect> value) {
    return new ParamContract(pins, pinsIf, pinsIfResult, releases, uses, attachesTo, srcuDomain,
        readIndex, afterGracePeriod, nonBlockingFunction, retires, tearsDown, value);
  }
}
