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
    Contract.Builder result = declared.toBuilder();
    int params = Math.max(declared.params().size(), inferred.params().size());
    for (int i = 0; i < params; i++) {
      ParamContract merged = merge(declared.param(i), inferred.param(i));
      if (merged != ParamContract.NONE) {
        result.param(i, merged);
      }
    }
    result.receiver(merge(declared.receiver(), inferred.receiver()));
    if (!inferred.receiverFields().isEmpty()) {
      result.receiverFields(inferred.receiverFields());
    }
    if (declared.returnPins().isEmpty()) {
      result.returnPins(inferred.returnPins());
    }
    if (!declared.nonBlocking() && !declared.blocking()) {
      String model = LibraryModels.blockingReason(target.ownerTypes(), target.simpleName());
      result.blockingReason(model != null ? model : inferred.blockingReason());
    }
    if (declared.readLock() == null) {
      result.readLock(inferred.readLock());
    }
    if (declared.readUnlock() == null) {
      result.readUnlock(inferred.readUnlock());
    }
    if (!inferred.waitsForReaders().isEmpty()) {
      List<DomainRef> waits = new ArrayList<>(declared.waitsForReaders());
      inferred.waitsForReaders().stream().filter(w -> !waits.contains(w)).forEach(waits::add);
      result.waitsForReaders(waits);
    }
    return result.build();
  }

  private static ParamContract merge(ParamContract declared, ParamContract inferred) {
    ParamContract.Builder result = declared.toBuilder();
    if (!declared.declaresPins()) {
      result.pins(inferred.pins())
          .pinsIf(inferred.pinsIf(), inferred.pinsIfResult())
          .releases(inferred.releases());
    }
    if (declared.locks().isEmpty()) {
      result.locks(inferred.locks());
    }
    if (inferred.tearsDown()) {
      result.tearsDown();
    }
    if (declared.retires() == null && inferred.retires() != null) {
      result.retires(inferred.retires());
    }
    if (inferred.srcuDomain()) {
      result.srcuDomain();
    }
    if (inferred.readIndex()) {
      result.readIndex();
    }
    ParamContract merged = result.build();
    return merged.equals(ParamContract.NONE) ? ParamContract.NONE : merged;
  }
}
