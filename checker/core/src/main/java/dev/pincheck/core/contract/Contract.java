package dev.pincheck.core.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a method promises its callers, whether declared with annotations or inferred from a
 * body compiled alongside: per-parameter pin, lock and SRCU effects, the pin its result
 * carries, whether it may block (and why), and which SRCU domains it enters, leaves or waits
 * for. {@code inReadSection} names the domain the body itself runs inside (callbacks).
 * {@code receiverFields} says what the method does to pins on its receiver's fields (only
 * inferred: {@code boolean pin() { return mmgetNotZero(this.mm); }}).
 */
public record Contract(
    List<ParamContract> params,
    ParamContract receiver,
    Set<PinKind> returnPins,
    String blockingReason,
    boolean nonBlocking,
    DomainRef readLock,
    DomainRef readUnlock,
    List<DomainRef> waitsForReaders,
    String inReadSection,
    Map<String, ParamContract> receiverFields) {

  public static final Contract EMPTY = builder().build();

  public Contract {
    params = List.copyOf(params);
    returnPins = Set.copyOf(returnPins);
    waitsForReaders = List.copyOf(waitsForReaders);
    receiverFields = Map.copyOf(receiverFields);
  }

  /** The parameter's contract; {@link ParamContract#NONE} past the declared ones (varargs). */
  public ParamContract param(int index) {
    return index >= 0 && index < params.size() ? params.get(index) : ParamContract.NONE;
  }

  public boolean blocking() {
    return blockingReason != null;
  }

  /** The index of the {@code @ReadIndex} parameter, or -1. */
  public int readIndexParam() {
    for (int i = 0; i < params.size(); i++) {
      if (params.get(i).readIndex()) {
        return i;
      }
    }
    return -1;
  }

  /** Whether any parameter or the result says something about pins. */
  public boolean declaresPins() {
    return !returnPins.isEmpty() || params.stream().anyMatch(ParamContract::declaresPins);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this contract, to change some of what it says. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.params.addAll(params);
    builder.receiver = receiver;
    builder.returnPins = returnPins;
    builder.blockingReason = blockingReason;
    builder.nonBlocking = nonBlocking;
    builder.readLock = readLock;
    builder.readUnlock = readUnlock;
    builder.waitsForReaders = waitsForReaders;
    builder.inReadSection = inReadSection;
    builder.receiverFields = receiverFields;
    return builder;
  }

  /** Collects what annotations, models or inference say about a method. */
  public static final class Builder {
    private final List<ParamContract> params = new ArrayList<>();
    private ParamContract receiver = ParamContract.NONE;
    private Set<PinKind> returnPins = Set.of();
    private String blockingReason;
    private boolean nonBlocking;
    private DomainRef readLock;
    private DomainRef readUnlock;
    private List<DomainRef> waitsForReaders = List.of();
    private String inReadSection;
    private Map<String, ParamContract> receiverFields = Map.of();

    private Builder() {}

    /** The contract of parameter {@code index}; earlier parameters say nothing unless set. */
    public Builder param(int index, ParamContract value) {
      while (params.size() <= index) {
        params.add(ParamContract.NONE);
      }
      params.set(index, value);
      return this;
    }

    public ParamContract param(int index) {
      return index < params.size() ? params.get(index) : ParamContract.NONE;
    }

    public Builder receiver(ParamContract value) {
      receiver = value;
      return this;
    }

    public ParamContract receiver() {
      return receiver;
    }

    public Builder returnPins(Set<PinKind> value) {
      returnPins = value;
      return this;
    }

    public Builder blockingReason(String value) {
      blockingReason = value;
      return this;
    }

    public Builder nonBlocking() {
      nonBlocking = true;
      return this;
    }

    public Builder readLock(DomainRef value) {
      readLock = value;
      return this;
    }

    public Builder readUnlock(DomainRef value) {
      readUnlock = value;
      return this;
    }

    public Builder waitsForReaders(List<DomainRef> value) {
      waitsForReaders = value;
      return this;
    }

    public Builder inReadSection(String value) {
      inReadSection = value;
      return this;
    }

    public Builder receiverFields(Map<String, ParamContract> value) {
      receiverFields = value;
      return this;
    }

    public Contract build() {
      return new Contract(params, receiver, returnPins, blockingReason, nonBlocking, readLock,
          readUnlock, waitsForReaders, inReadSection, receiverFields);
    }
  }
}
