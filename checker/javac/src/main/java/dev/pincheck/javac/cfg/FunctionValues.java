package dev.pincheck.javac.cfg;

import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree;
import dev.pincheck.core.ir.CallTarget;
import dev.pincheck.core.ir.FunctionRef;
import dev.pincheck.javac.JavacServices;
import dev.pincheck.javac.contracts.MethodNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaFileObject;

/**
 * Describes function values: what runs when a lambda, a method reference or an object of a
 * class implementing a functional interface is called, and which enclosing variables it
 * captures. A class counts when it implements an interface annotated
 * {@code @FunctionalInterface}, or any functional interface when it is declared in the unit.
 */
final class FunctionValues {
  /** A function value's targets and the enclosing locals it reads. */
  record FunctionValue(FunctionRef ref, List<VarSymbol> capturedLocals) {}

  private final JavacServices services;
  private final BodyHeaders headers;
  private final JavaFileObject unitFile;
  private final Map<ClassSymbol, Optional<FunctionValue>> classes = new HashMap<>();

  FunctionValues(JavacServices services, BodyHeaders headers, JavaFileObject unitFile) {
    this.services = services;
    this.headers = headers;
    this.unitFile = unitFile;
  }

  FunctionValue lambda(JCTree.JCLambda lambda, ClassSymbol owner, String enclosingName) {
    CallTarget target = headers.lambdaTarget(lambda, owner, enclosingName);
    return new FunctionValue(
        new FunctionRef(target.displayName(), List.of(target)), CapturedVariables.of(lambda.body));
  }

  FunctionValue memberReference(JCTree.JCMemberReference reference) {
    List<CallTarget> targets =
        reference.sym instanceof MethodSymbol method
            ? List.of(services.callTargets().of(method))
            : List.of();
    return new FunctionValue(new FunctionRef(reference.toString(), targets), List.of());
  }

  /** The function an instance of {@code type} is, or null when it implements none. */
  FunctionValue classInstance(ClassSymbol type, JCTree.JCClassDecl body) {
    return classes.computeIfAbsent(type, t -> Optional.ofNullable(describe(t, body))).orElse(null);
  }

  /** The declaration of a local class, whose body tells what it captures; null for others. */
  JCTree.JCClassDecl localClassTree(ClassSymbol type) {
    if (!type.isDirectlyOrIndirectlyLocal()) {
      return null;
    }
    JCTree tree = JavacTrees.instance(services.context()).getTree(type);
    return tree instanceof JCTree.JCClassDecl decl ? decl : null;
  }

  private FunctionValue describe(ClassSymbol type, JCTree.JCClassDecl body) {
    if ((type.flags() & (Flags.INTERFACE | Flags.ABSTRACT)) != 0 && body == null) {
      return null;
    }
    Types types = services.types();
    boolean inUnit = type.sourcefile != null && type.sourcefile.equals(unitFile);
    List<CallTarget> implementations = new ArrayList<>();
    String implemented = null;
    for (Type supertype : types.closure(type.type)) {
      Symbol.TypeSymbol iface = supertype.tsym;
      if (!iface.isInterface() || !(inUnit ? isFunctional(iface) : isAnnotatedFunctional(iface))) {
        continue;
      }
      MethodSymbol descriptor = (MethodSymbol) types.findDescriptorSymbol(iface);
      MethodSymbol implementation = descriptor.implementation(type, types, true);
      if (implementation != null && (implementation.flags() & Flags.ABSTRACT) == 0) {
        CallTarget target = services.callTargets().of(implementation);
        if (!implementations.contains(target)) {
          implementations.add(target);
          implemented = implemented == null ? iface.getSimpleName().toString() : implemented;
        }
      }
    }
    if (implementations.isEmpty()) {
      return null;
    }
    String description =
        type.isAnonymous()
            ? "anonymous " + implemented
            : "new " + MethodNames.simpleName(type);
    List<VarSymbol> captured = body == null ? List.of() : CapturedVariables.of(body);
    return new FunctionValue(new FunctionRef(description, implementations), captured);
  }

  private boolean isFunctional(Symbol.TypeSymbol iface) {
    try {
      return services.types().isFunctionalInterface(iface);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private boolean isAnnotatedFunctional(Symbol.TypeSymbol iface) {
    return iface.attribute(services.symtab().functionalInterfaceType.tsym) != null && isFunctional(iface);
  }
}
