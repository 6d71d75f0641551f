package dev.pincheck.core.analysis;

import dev.pincheck.core.contract.Contract;
import dev.pincheck.core.contract.DomainRef;
import dev.pincheck.core.contract.LibraryModels;
import dev.pincheck.core.contract.ParamContract;
import dev.pincheck.core.ir.CallTarget;
import dev.pincheck.core.ir.MethodKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a call site may assume about its callee: the declared contract, completed by the
 * library models and by the summary inferred for a body of the same unit. Declarations win
 * where they speak; inference fills in only what they leave unsaid.
 */
final class EffectiveContracts {
  private final Map<MethodKey, Summary> summaries = new HashMap<>();

  Summary summary(MethodKey key) {
    return summaries.getOrDefault(key, Summary.NONE);
  }

  /** Records a body's summary; returns whether it changed. */
  boolean update(MethodKey key, Summary summary) {
    return !summary.equals(summaries.put(key, summary));
  }

  Contract of(CallTarget target) {
    Contract declared = target.declared();
    Contract inferred = summary(target.key()).contract();
    Contract result = declared;
    int params = Math.max(declared.params().size(), inferred.params().size());
    for (int i = 0; i < params; i++) {
      ParamContract merged = merge(declared.param(i), inferred.param(i));
      if (merged != ParamContract.NONE) {
        result = result.withParam(i, merged);
      }
    }
    if (inferred.receiver().tearsDown()) {
      result = result.withReceiver(result.receiver().withTearsDown(true));
    }
    if (!inferred.receiverFields().isEmpty()) {
      result = result.withReceiverFields(inferred.receiverFields());
    }
    if (declared.returnPins().isEmpty()) {
      result = result.withReturnPins(inferred.returnPins());
    }
    if (!declared.nonBlocking() && !declared.blocking()) {
      String model = LibraryModels.blockingReason(target.ownerTypes(), target.simpleName());
      result = result.withBlockingReason(model != null ? model : inferred.blockingReason());
    }
    if (declared.readLock() == null) {
      result = result.withReadLock(inferred.readLock());
    }
    if (declared.readUnlock() == null) {
      result = result.withReadUnlock(inferred.readUnlock());
    }
    if (!inferred.waitsForReaders().isEmpty()) {
      List<DomainRef> waits = new ArrayList<>(declared.waitsForReaders());
      inferred.waitsForReaders().stream().filter(w -> !waits.contains(w)).forEach(waits::add);
      result = result.withWaitsForReaders(waits);
    }
    return result;
  }

  private static ParamContract merge(ParamContract declared, ParamContract inferred) {
    ParamContract result = declared;
    if (!declared.declaresPins()) {
      result = result.withPins(inferred.pins())
          .withPinsIf(inferred.pinsIf(), inferred.pinsIfResult())
          .withReleases(inferred.releases());
    }
    if (declared.locks().isEmpty()) {
      result = result.withLocks(inferred.locks());
    }
    if (inferred.tearsDown()) {
      result = result.withTearsDown(true);
    }
    if (inferred.srcuDomain()) {
      result = result.withSrcuDomain(true);
    }
    if (inferred.readIndex()) {
      result = result.withReadIndex(true);
    }
    return result.equals(ParamContract.NONE) ? ParamContract.NONE : result;
  }
}
