package dev.pincheck.javac.cfg;

import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Types;
import dev.pincheck.core.ir.AccessPath;
import dev.pincheck.core.ir.Variable;
import java.util.Map;
import java.util.Set;

/**
 * Names the storage of one body: its parameters by index, the locals it declares by a name
 * unique within the body ({@code name@declarationOffset}), variables of enclosing bodies as
 * captured (same unique name, so they match the enclosing body's locals), and {@code this}
 * of the body's class or, one {@code this$0} field per hop, of an enclosing class.
 */
final class BodyScope {
  static final String OUTER_THIS = "this$0";

  private final Types types;
  private final ClassSymbol bodyClass;
  private final Map<VarSymbol, Integer> params;
  private final Set<VarSymbol> locals;

  BodyScope(Types types, ClassSymbol bodyClass, Map<VarSymbol, Integer> params, Set<VarSymbol> locals) {
    this.types = types;
    this.bodyClass = bodyClass;
    this.params = params;
    this.locals = locals;
  }

  ClassSymbol bodyClass() {
    return bodyClass;
  }

  /** The path of a local variable or parameter as this body sees it. */
  AccessPath variable(VarSymbol symbol) {
    Integer index = params.get(symbol);
    if (index != null) {
      return AccessPath.of(Variable.param(index));
    }
    String unique = uniqueName(symbol);
    if (locals.contains(symbol) || !CapturedVariables.isLocal(symbol)) {
      return AccessPath.of(Variable.local(unique));
    }
    return AccessPath.of(Variable.captured(unique));
  }

  static String uniqueName(VarSymbol symbol) {
    return symbol.name + "@" + symbol.pos;
  }

  /** The receiver path whose class is, or inherits from, {@code owner}. */
  AccessPath receiverOf(Symbol owner) {
    AccessPath path = AccessPath.of(Variable.receiver());
    ClassSymbol current = bodyClass;
    while (current != null && owner != null) {
      if (current == owner || (owner instanceof ClassSymbol && current.isSubClass(owner, types))) {
        return path;
      }
      if (!current.hasOuterInstance() || current.owner == null) {
        break;
      }
      current = current.owner.enclClass();
      path = path.field(OUTER_THIS);
    }
    return AccessPath.of(Variable.receiver());
  }
}
