package dev.pincheck.javac.cfg;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import com.sun.tools.javac.tree.JCTree;
import dev.pincheck.core.contract.Contract;
import dev.pincheck.core.contract.ContractReader;
import dev.pincheck.core.ir.CallTarget;
import dev.pincheck.core.ir.MethodKey;
import dev.pincheck.core.ir.Parameter;
import dev.pincheck.javac.JavacServices;
import dev.pincheck.javac.contracts.MethodNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the {@link BodyHeader} of each kind of body, and the call target of a lambda so
 * that the site creating it and its own body agree on its key and contract. A lambda's
 * contract is inherited from the functional-interface method it implements, as an override's.
 */
final class BodyHeaders {
  private final JavacServices services;
  private final Positions positions;

  BodyHeaders(JavacServices services, Positions positions) {
    this.services = services;
    this.positions = positions;
  }

  BodyHeader of(BodySource source) {
    Tree tree = source.path().getLeaf();
    ClassSymbol owner = ((JCTree.JCClassDecl) source.enclosingClass()).sym;
    MethodNames names = services.names();
    switch (source.kind()) {
      case METHOD -> {
        JCTree.JCMethodDecl method = (JCTree.JCMethodDecl) tree;
        MethodSymbol symbol = method.sym;
        Map<VarSymbol, Integer> index = new HashMap<>();
        List<Parameter> params = parameters(symbol.params(), index);
        return new BodyHeader(
            names.key(symbol),
            MethodNames.simpleName(symbol.enclClass()) + "." + symbol.name,
            positions.at(method.pos),
            symbol.isStatic(),
            params,
            symbol.getReturnType().hasTag(TypeTag.BOOLEAN),
            symbol.getReturnType().hasTag(TypeTag.VOID),
            services.contracts().declared(symbol),
            services.contracts().overridden(symbol),
            symbol.enclClass(),
            index);
      }
      case LAMBDA -> {
        JCTree.JCLambda lambda = (JCTree.JCLambda) tree;
        Map<VarSymbol, Integer> index = new HashMap<>();
        List<VarSymbol> symbols = new ArrayList<>();
        for (JCTree.JCVariableDecl param : lambda.params) {
          symbols.add(param.sym);
        }
        List<Parameter> params = parameters(symbols, index);
        CallTarget target = lambdaTarget(lambda, owner, enclosingName(source, owner));
        MethodSymbol descriptor = descriptor(lambda);
        return new BodyHeader(
            target.key(),
            target.displayName(),
            positions.of(lambda),
            isStaticContext(source.path()),
            params,
            descriptor != null && descriptor.getReturnType().hasTag(TypeTag.BOOLEAN),
            descriptor == null || descriptor.getReturnType().hasTag(TypeTag.VOID),
            target.declared(),
            descriptorContracts(descriptor),
            owner,
            index);
      }
      case INITIALIZER -> {
        BlockTree block = (BlockTree) tree;
        int start = Positions.start(block);
        String what = block.isStatic() ? "clinit" : "init-block";
        return new BodyHeader(
            names.initializerKey(owner, what, start),
            MethodNames.simpleName(owner) + ".<" + what + ">",
            positions.at(start),
            block.isStatic(),
            List.of(),
            false,
            true,
            Contract.EMPTY,
            List.of(),
            owner,
            Map.of());
      }
      case FIELD_INITIALIZER -> {
        JCTree.JCVariableDecl field = (JCTree.JCVariableDecl) tree;
        return new BodyHeader(
            names.initializerKey(owner, "field:" + field.name, field.pos),
            MethodNames.simpleName(owner) + ".<init of " + field.name + ">",
            positions.at(field.pos),
            (field.mods.flags & Flags.STATIC) != 0,
            List.of(),
            false,
            true,
            Contract.EMPTY,
            List.of(),
            owner,
            Map.of());
      }
      default -> throw new IllegalArgumentException(source.kind().toString());
    }
  }

  /** The call target of a lambda written in {@code owner}, inside {@code enclosingName}. */
  CallTarget lambdaTarget(JCTree.JCLambda lambda, ClassSymbol owner, String enclosingName) {
    List<Type> paramTypes = new ArrayList<>();
    for (JCTree.JCVariableDecl param : lambda.params) {
      paramTypes.add(param.sym.type);
    }
    int start = Positions.start(lambda);
    MethodKey key = services.names().lambdaKey(owner, start, paramTypes);
    MethodSymbol descriptor = descriptor(lambda);
    Contract declared = ContractReader.inherit(Contract.EMPTY, descriptorContracts(descriptor));
    List<String> ownerTypes = new ArrayList<>();
    ownerTypes.add(MethodNames.binaryName(owner));
    if (lambda.type != null) {
      ownerTypes.addAll(services.callTargets().ownerTypes(lambda.type.tsym));
    }
    String display = "lambda at line " + positions.at(start).line() + " in " + enclosingName;
    return new CallTarget(key, display, declared, ownerTypes);
  }

  /** {@code Owner.method} of the method a body is written in, or {@code Owner}. */
  String enclosingName(BodySource source, ClassSymbol owner) {
    MethodTree method = source.enclosingMethod();
    if (method instanceof JCTree.JCMethodDecl decl && decl.sym != null) {
      return MethodNames.simpleName(decl.sym.enclClass()) + "." + decl.sym.name;
    }
    return MethodNames.simpleName(owner);
  }

  private MethodSymbol descriptor(JCTree.JCLambda lambda) {
    if (lambda.type == null) {
      return null;
    }
    try {
      return (MethodSymbol) services.types().findDescriptorSymbol(lambda.type.tsym);
    } catch (RuntimeException notFunctional) {
      return null;
    }
  }

  private List<Contract> descriptorContracts(MethodSymbol descriptor) {
    if (descriptor == null) {
      return List.of();
    }
    List<Contract> contracts = new ArrayList<>();
    contracts.add(services.contracts().own(descriptor));
    contracts.addAll(services.contracts().overridden(descriptor));
    return contracts;
  }

  private static List<Parameter> parameters(List<VarSymbol> symbols, Map<VarSymbol, Integer> index) {
    List<Parameter> params = new ArrayList<>(symbols.size());
    for (int i = 0; i < symbols.size(); i++) {
      VarSymbol symbol = symbols.get(i);
      index.put(symbol, i);
      params.add(new Parameter(symbol.name.toString(), !symbol.type.isPrimitive()));
    }
    return params;
  }

  /** Whether the code at {@code path} has no {@code this} (static method, initializer, field). */
  private static boolean isStaticContext(TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      TreePath parent = p.getParentPath();
      if (leaf instanceof MethodTree method) {
        return ((JCTree.JCMethodDecl) method).sym.isStatic();
      }
      if (parent != null && parent.getLeaf() instanceof ClassTree) {
        if (leaf instanceof BlockTree block) {
          return block.isStatic();
        }
        if (leaf instanceof VariableTree field) {
          return (((JCTree.JCVariableDecl) field).mods.flags & Flags.STATIC) != 0;
        }
      }
      if (leaf instanceof ClassTree) {
        return false;
      }
    }
    return false;
  }
}
