package dev.pincheck.javac.contracts;

import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.pincheck.core.contract.AnnotationData;
import dev.pincheck.core.contract.Contract;
import dev.pincheck.core.contract.ContractReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The contracts of methods as their annotations declare them, read once per symbol: the own
 * contract, the contracts of every method it overrides, and the declared one (own completed
 * with what it inherits, per {@link ContractReader#inherit}).
 */
public final class ContractIndex {
  private final OverriddenMethods overriddenMethods;
  private final Map<MethodSymbol, Contract> own = new HashMap<>();
  private final Map<MethodSymbol, Contract> declared = new HashMap<>();
  private final Map<MethodSymbol, List<Contract>> overridden = new HashMap<>();

  public ContractIndex(OverriddenMethods overriddenMethods) {
    this.overriddenMethods = overriddenMethods;
  }

  /** What the method's own annotations and its parameters' say. */
  public Contract own(MethodSymbol method) {
    Contract contract = own.get(method);
    if (contract == null) {
      List<VarSymbol> params = method.getParameters();
      List<List<AnnotationData>> paramAnnotations = new ArrayList<>(params.size());
      for (VarSymbol param : params) {
        paramAnnotations.add(AnnotationDataReader.read(param));
      }
      contract = ContractReader.read(AnnotationDataReader.read(method), paramAnnotations);
      own.put(method, contract);
    }
    return contract;
  }

  /** The own contracts of all methods {@code method} overrides, nearest first. */
  public List<Contract> overridden(MethodSymbol method) {
    List<Contract> contracts = overridden.get(method);
    if (contracts == null) {
      List<MethodSymbol> parents = overriddenMethods.of(method);
      List<Contract> result = new ArrayList<>(parents.size());
      for (MethodSymbol parent : parents) {
        result.add(own(parent));
      }
      contracts = List.copyOf(result);
      overridden.put(method, contracts);
    }
    return contracts;
  }

  /** The own contract completed with what it inherits from the methods it overrides. */
  public Contract declared(MethodSymbol method) {
    Contract contract = declared.get(method);
    if (contract == null) {
      contract = ContractReader.inherit(own(method), overridden(method));
      declared.put(method, contract);
    }
    return contract;
  }

  /** Whether the method or anything it overrides says something pincheck reads. */
  public boolean hasAnyContract(MethodSymbol method) {
    if (!own(method).equals(Contract.EMPTY)) {
      return true;
    }
    for (Contract parent : overridden(method)) {
      if (!parent.equals(Contract.EMPTY)) {
        return true;
      }
    }
    return false;
  }
}
