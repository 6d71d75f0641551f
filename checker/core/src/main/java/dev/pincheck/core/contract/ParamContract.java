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

  public static final ParamContract NONE = builder().build();

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

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this contract, to change some of what it says. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.pins = pins;
    builder.pinsIf = pinsIf;
    builder.pinsIfResult = pinsIfResult;
    builder.releases = releases;
    builder.uses = uses;
    builder.attachesTo = attachesTo;
    builder.srcuDomain = srcuDomain;
    builder.readIndex = readIndex;
    builder.afterGracePeriod = afterGracePeriod;
    builder.nonBlockingFunction = nonBlockingFunction;
    builder.retires = retires;
    builder.tearsDown = tearsDown;
    builder.locks = locks;
    return builder;
  }

  /** Collects what annotations or inference say about a parameter, one aspect at a time. */
  public static final class Builder {
    private Set<PinKind> pins = Set.of();
    private Set<PinKind> pinsIf = Set.of();
    private boolean pinsIfResult = true;
    private Set<PinKind> releases = Set.of();
    private Set<PinKind> uses = Set.of();
    private PinKind attachesTo;
    private boolean srcuDomain;
    private boolean readIndex;
    private DomainRef afterGracePeriod;
    private boolean nonBlockingFunction;
    private DomainRef retires;
    private boolean tearsDown;
    private List<LockEffect> locks = List.of();

    private Builder() {}

    public Builder pins(Set<PinKind> value) {
      pins = value;
      return this;
    }

    public Builder pinsIf(Set<PinKind> value, boolean result) {
      pinsIf = value;
      pinsIfResult = result;
      return this;
    }

    public Builder releases(Set<PinKind> value) {
      releases = value;
      return this;
    }

    public Builder uses(Set<PinKind> value) {
      uses = value;
      return this;
    }

    public Builder attachesTo(PinKind value) {
      attachesTo = value;
      return this;
    }

    public Builder srcuDomain() {
      srcuDomain = true;
      return this;
    }

    public Builder readIndex() {
      readIndex = true;
      return this;
    }

    public Builder afterGracePeriod(DomainRef value) {
      afterGracePeriod = value;
      return this;
    }

    public Builder nonBlockingFunction() {
      nonBlockingFunction = true;
      return this;
    }

    public Builder retires(DomainRef value) {
      retires = value;
      return this;
    }

    public Builder tearsDown() {
      tearsDown = true;
      return this;
    }

    public Builder locks(List<LockEffect> value) {
      locks = value;
      return this;
    }

    public ParamContract build() {
      return new ParamContract(pins, pinsIf, pinsIfResult, releases, uses, attachesTo, srcuDomain,
          readIndex, afterGracePeriod, nonBlockingFunction, retires, tearsDown, locks);
    }
  }
}
