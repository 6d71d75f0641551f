package dev.pincheck.javac.contracts;

import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.TypeSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import dev.pincheck.core.ir.CallTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link CallTarget} of a method symbol — key, display name, declared contract and the
 * types that declare or inherit it — built once per symbol and per type.
 */
public final class CallTargets {
  private final Types types;
  private final MethodNames names;
  private final ContractIndex contracts;
  private final Map<MethodSymbol, CallTarget> targets = new HashMap<>();
  private final Map<TypeSymbol, List<String>> ownerTypes = new HashMap<>();

  public CallTargets(Types types, MethodNames names, ContractIndex contracts) {
    this.types = types;
    this.names = names;
    this.contracts = contracts;
  }

  public CallTarget of(MethodSymbol method) {
    CallTarget target = targets.get(method);
    if (target == null) {
      target = new CallTarget(
          names.key(method),
          names.displayName(method),
          contracts.declared(method),
          ownerTypes(MethodNames.ownerClass(method)));
      targets.put(method, target);
    }
    return target;
  }

  /** The type and all its supertypes, by qualified name (binary name when it has none). */
  public List<String> ownerTypes(TypeSymbol type) {
    if (type == null) {
      return List.of();
    }
    List<String> names = ownerTypes.get(type);
    if (names == null) {
      List<String> result = new ArrayList<>();
      result.add(qualifiedName(type));
      for (Type supertype : types.closure(type.type)) {
        String name = qualifiedName(supertype.tsym);
        if (!result.contains(name)) {
          result.add(name);
        }
      }
      names = List.copyOf(result);
      ownerTypes.put(type, names);
    }
    return names;
  }

  private static String qualifiedName(TypeSymbol type) {
    String qualified = type.getQualifiedName().toString();
    if (qualified.isEmpty() && type instanceof ClassSymbol cls) {
      return MethodNames.binaryName(cls);
    }
    return qualified;
  }
}
