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

  public static final Contract EMPTY = new Contract(
      List.of(), ParamContract.NONE, Set.of(), null, false, null, null, List.of(), null, Map.of());

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

  public Contract withParam(int index, ParamContract value) {
    List<ParamContract> copy = new ArrayList<>(params);
    while (copy.size() <= index) {
      copy.add(ParamContract.NONE);
    }
    copy.set(index, value);
    return new Contract(copy, receiver, returnPins, blockingReason, nonBlocking, readLock,
        readUnlock, waitsForReaders, inReadSection, receiverFields);
  }

  public Contract withReceiver(ParamContract value) {
    return new Contract(params, value, returnPins, blockingReason, nonBlocking, readLock,
        readUnlock, waitsForReaders, inReadSection, receiverFields);
  }

  public Contract withReturnPins(Set<PinKind> value) {
    return new Contract(params, receiver, value, blockingReason, nonBlocking, readLock,
        readUnlock, waitsForReaders, inReadSection, receiverFields);
  }

  public Contract withBlockingReason(String value) {
    return new Contract(params, receiver, returnPins, value, nonBlocking, readLock, readUnlock,
        waitsForReaders, inReadSection, receiverFields);
  }

  public Contract withNonBlocking(boolean value) {
    return new Contract(params, receiver, returnPins, blockingReason, value, readLock, readUnlock,
        waitsForReaders, inReadSection, receiverFields);
  }

  public Contract withReadLock(DomainRef value) {
    return new Contract(params, receiver, returnPins, blockingReason, nonBlocking, value,
        readUnlock, waitsForReaders, inReadSection, receiverFields);
  }

  public Contract withReadUnlock(DomainRef value) {
    return new Contract(params, receiver, returnPins, blockingReason, nonBlocking, readLock,
        value, waitsForReaders, inReadSection, receiverFields);
  }

  public Contract withWaitsForReaders(List<DomainRef> value) {
    return new Contract(params, receiver, returnPins, blockingReason, nonBlocking, readLock,
        readUnlock, value, inReadSection, receiverFields);
  }

  public Contract withReceiverFields(Map<String, ParamContract> value) {
    return new Contract(params, receiver, returnPins, blockingReason, nonBlocking, readLock,
        readUnlock, waitsForReaders, inReadSection, value);
  }

  public Contract withInReadSection(String value) {
    return new Contract(params, receiver, returnPins, blockingReason, nonBlocking, readLock,
        readUnlock, waitsForReaders, value, receiverFields);
  }
}
