package dev.pincheck.javac.contracts;

import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Kinds;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every method a method overrides, however deep: all superclasses and superinterfaces,
 * nearest first. Callbacks of {@code MmuNotifier} subclasses are recognised through this, at
 * any depth of the hierarchy.
 */
public final class OverriddenMethods {
  private final Types types;
  private final Map<MethodSymbol, List<MethodSymbol>> cache = new HashMap<>();

  public OverriddenMethods(Types types) {
    this.types = types;
  }

  public List<MethodSymbol> of(MethodSymbol method) {
    List<MethodSymbol> known = cache.get(method);
    if (known == null) {
      known = find(method);
      cache.put(method, known);
    }
    return known;
  }

  private List<MethodSymbol> find(MethodSymbol method) {
    if (method.isConstructor() || method.isStatic() || (method.flags() & Flags.PRIVATE) != 0) {
      return List.of();
    }
    ClassSymbol owner = MethodNames.ownerClass(method);
    if (owner == null) {
      return List.of();
    }
    List<MethodSymbol> result = new ArrayList<>();
    for (Type supertype : types.closure(owner.type)) {
      if (supertype.tsym == owner || !(supertype.tsym instanceof ClassSymbol)) {
        continue;
      }
      for (Symbol member : supertype.tsym.members().getSymbolsByName(method.name)) {
        if (member.kind == Kinds.Kind.MTH
            && member != method
            && method.overrides(member, owner, types, false)) {
          result.add((MethodSymbol) member);
        }
      }
    }
    return List.copyOf(result);
  }
}
