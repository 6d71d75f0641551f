package dev.pincheck.core.contract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The annotation vocabulary: turns the {@code dev.pincheck.annotations} found on a method and
 * its parameters into a {@link Contract}. Front ends only collect {@link AnnotationData}; what
 * each annotation means is decided here, once.
 */
public final class ContractReader {
  private static final String PACKAGE = "dev.pincheck.annotations.";

  private ContractReader() {}

  /** Reads the contract of a method from its own annotations and its parameters'. */
  public static Contract read(List<AnnotationData> method, List<List<AnnotationData>> params) {
    int domainParam = domainParameter(params);
    Contract.Builder contract = Contract.builder();
    for (int i = 0; i < params.size(); i++) {
      ParamContract param = readParam(params.get(i), domainParam);
      if (param != ParamContract.NONE) {
        contract.param(i, param);
      }
    }
    List<DomainRef> waits = new ArrayList<>();
    for (AnnotationData annotation : method) {
      switch (simpleName(annotation)) {
        case "Pins" -> contract.returnPins(kinds(annotation));
        case "Blocking" -> contract.blockingReason("is declared @Blocking");
        case "NonBlocking" -> contract.nonBlocking();
        case "ReadLock" -> contract.readLock(domain(annotation, domainParam));
        case "ReadUnlock" -> contract.readUnlock(domain(annotation, domainParam));
        case "WaitsForReaders" -> waits.add(domain(annotation, domainParam));
        case "InReadSection" -> contract.inReadSection(annotation.string("value", ""));
        case "TearsDown" -> contract.receiver(contract.receiver().toBuilder().tearsDown().build());
        default -> {}
      }
    }
    return contract.waitsForReaders(waits).build();
  }

  /**
   * Completes a method's own contract with what it inherits from the methods it overrides:
   * the read section its body runs in and the promise not to block.
   */
  public static Contract inherit(Contract own, List<Contract> overridden) {
    Contract.Builder result = own.toBuilder();
    String section = own.inReadSection();
    for (Contract parent : overridden) {
      if (section == null && parent.inReadSection() != null) {
        section = parent.inReadSection();
        result.inReadSection(section);
      }
      if (parent.nonBlocking()) {
        result.nonBlocking();
      }
    }
    return result.build();
  }

  private static ParamContract readParam(List<AnnotationData> annotations, int domainParam) {
    ParamContract.Builder param = ParamContract.builder();
    List<LockEffect> locks = new ArrayList<>();
    for (AnnotationData annotation : annotations) {
      switch (simpleName(annotation)) {
        case "Pins" -> param.pins(kinds(annotation));
        case "PinsIf" -> param.pinsIf(kinds(annotation), annotation.bool("result", true));
        case "Releases" -> param.releases(kinds(annotation));
        case "UsesPin" -> param.uses(kinds(annotation));
        case "AttachesTo" -> param.attachesTo(kinds(annotation).iterator().next());
        case "SrcuDomain" -> param.srcuDomain();
        case "ReadIndex" -> param.readIndex();
        case "AfterGracePeriod" -> param.afterGracePeriod(domain(annotation, domainParam));
        case "NonBlocking" -> param.nonBlockingFunction();
        case "Retires" -> param.retires(domain(annotation, domainParam));
        case "TearsDown" -> param.tearsDown();
        case "Locks" -> locks.add(lock(LockEffect.Action.LOCKS, annotation));
        case "Unlocks" -> locks.add(lock(LockEffect.Action.UNLOCKS, annotation));
        case "RequiresLock" -> locks.add(lock(LockEffect.Action.REQUIRES, annotation));
        case "TakesLock" -> locks.add(lock(LockEffect.Action.TAKES, annotation));
        default -> {}
      }
    }
    ParamContract read = param.locks(locks).build();
    return read.equals(ParamContract.NONE) ? ParamContract.NONE : read;
  }

  private static LockEffect lock(LockEffect.Action action, AnnotationData annotation) {
    return new LockEffect(
        action,
        annotation.string("value", ""),
        annotation.bool("exclusive", true),
        annotation.string("nestedIn", ""));
  }

  private static int domainParameter(List<List<AnnotationData>> params) {
    for (int i = 0; i < params.size(); i++) {
      if (params.get(i).stream().anyMatch(a -> simpleName(a).equals("SrcuDomain"))) {
        return i;
      }
    }
    return -1;
  }

  /** The named domain, or the {@code @SrcuDomain} parameter when the annotation names none. */
  private static DomainRef domain(AnnotationData annotation, int domainParam) {
    String name = annotation.string("value", "");
    return name.isEmpty() ? DomainRef.param(domainParam) : DomainRef.named(name);
  }

  private static Set<PinKind> kinds(AnnotationData annotation) {
    Set<PinKind> kinds = EnumSet.noneOf(PinKind.class);
    for (String name : annotation.strings("value")) {
      kinds.add(PinKind.valueOf(name.substring(name.lastIndexOf('.') + 1)));
    }
    return kinds;
  }

  /** The kinds of pin a field's {@code @Pins} says its object owns; empty without one. */
  public static Set<PinKind> fieldPins(List<AnnotationData> annotations) {
    Set<PinKind> kinds = EnumSet.noneOf(PinKind.class);
    for (AnnotationData annotation : annotations) {
      if (simpleName(annotation).equals("Pins")) {
        kinds.addAll(kinds(annotation));
      }
    }
    return kinds;
  }

  /** Whether an annotation type is part of the vocabulary; front ends skip the others. */
  public static boolean isContractAnnotation(String qualifiedName) {
    return qualifiedName.startsWith(PACKAGE);
  }

  private static String simpleName(AnnotationData annotation) {
    return annotation.type().startsWith(PACKAGE) ? annotation.type().substring(PACKAGE.length()) : "";
  }
}
