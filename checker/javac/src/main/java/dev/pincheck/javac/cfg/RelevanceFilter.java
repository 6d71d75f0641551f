package dev.pincheck.javac.cfg;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.tree.TreeScanner;
import dev.pincheck.core.contract.Contract;
import dev.pincheck.core.contract.LibraryModels;
import dev.pincheck.core.ir.CallTarget;
import dev.pincheck.javac.JavacServices;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the bodies of a compilation unit worth lowering, so code that never touches a
 * contract costs one cheap tree scan and no control-flow graph. A body is a seed when it
 * calls or references a method with a contract, has or inherits a contract itself, or calls
 * a body already lowered; everything connected to a seed — by calls, instantiation of the
 * unit's classes, or nesting (lambdas, local and anonymous classes) — is lowered too, so the
 * engine can infer the contracts of the helpers it needs. Calls into top-level classes of the
 * unit not analysed yet count as seeds (javac may lower those classes' trees before ours).
 */
final class RelevanceFilter {
  private final JavacServices services;
  private final Set<ClassSymbol> unitClasses;
  private final Set<ClassSymbol> seen = new HashSet<>();
  private final Set<Symbol> lowered = new HashSet<>();
  private final Set<Symbol> wanted = new HashSet<>();
  /**
   * Whether a class of the unit seen so far calls or declares a contract. A call that may block
   * (a JDK model) matters only to read sections and non-blocking code of the same unit, so it
   * seeds lowering only then, or while classes of the unit are still to come.
   */
  private boolean unitTouchesContracts;

  RelevanceFilter(JavacServices services, Set<ClassSymbol> unitClasses) {
    this.services = services;
    this.unitClasses = unitClasses;
  }

  List<BodySource> select(ClassSymbol topLevel, List<BodySource> bodies) {
    seen.add(topLevel);
    int count = bodies.size();
    List<Facts> facts = new ArrayList<>(count);
    Map<BodySource, Integer> index = new IdentityHashMap<>();
    Map<Symbol, List<Integer>> bySymbol = new HashMap<>();
    Map<Symbol, List<Integer>> byClass = new HashMap<>();
    for (int i = 0; i < count; i++) {
      BodySource body = bodies.get(i);
      index.put(body, i);
      Facts fact = Facts.orSeed(body, services);
      facts.add(fact);
      if (fact.method != null) {
        bySymbol.computeIfAbsent(fact.method, s -> new ArrayList<>()).add(i);
      }
      Symbol owner = ((JCTree.JCClassDecl) body.enclosingClass()).sym;
      byClass.computeIfAbsent(owner, s -> new ArrayList<>()).add(i);
    }
    List<Set<Integer>> edges = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      edges.add(new HashSet<>());
    }
    ArrayDeque<Integer> work = new ArrayDeque<>();
    boolean[] selected = new boolean[count];
    for (int i = 0; i < count; i++) {
      Facts fact = facts.get(i);
      BodySource parent = bodies.get(i).parent();
      if (parent != null && index.containsKey(parent)) {
        link(edges, i, index.get(parent));
      }
      for (Symbol invoked : fact.invoked) {
        for (int j : bySymbol.getOrDefault(invoked, List.of())) {
          link(edges, i, j);
        }
      }
      for (Symbol type : fact.instantiated) {
        for (int j : byClass.getOrDefault(type, List.of())) {
          link(edges, i, j);
        }
      }
    }
    boolean classTouchesContracts = facts.stream().anyMatch(f -> f.contractCall || f.ownContract);
    unitTouchesContracts |= classTouchesContracts;
    boolean blockingMatters = unitTouchesContracts || unitClasses.stream().anyMatch(c -> !seen.contains(c));
    for (int i = 0; i < count; i++) {
      Facts fact = facts.get(i);
      if (isSeed(fact, topLevel) || blockingMatters && fact.blockingCall) {
        selected[i] = true;
        work.add(i);
      }
    }
    while (!work.isEmpty()) {
      for (int next : edges.get(work.poll())) {
        if (!selected[next]) {
          selected[next] = true;
          work.add(next);
        }
      }
    }
    List<BodySource> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (selected[i]) {
        result.add(bodies.get(i));
        if (facts.get(i).method != null) {
          lowered.add(facts.get(i).method);
        }
        wanted.addAll(facts.get(i).invoked);
      }
    }
    return result;
  }

  private boolean isSeed(Facts fact, ClassSymbol topLevel) {
    if (fact.contractCall || fact.ownContract || (fact.method != null && wanted.contains(fact.method))) {
      return true;
    }
    for (Symbol invoked : fact.invoked) {
      if (lowered.contains(invoked)) {
        return true;
      }
      ClassSymbol outermost = outermostClass(invoked);
      if (outermost != topLevel && unitClasses.contains(outermost) && !seen.contains(outermost)) {
        return true;
      }
    }
    return false;
  }

  /** The top-level class around a symbol; null for members of no class (an array's clone). */
  private static ClassSymbol outermostClass(Symbol symbol) {
    ClassSymbol outermost = null;
    for (Symbol owner = symbol; owner != null; owner = owner.owner) {
      if (owner instanceof ClassSymbol type) {
        outermost = type;
      }
    }
    return outermost;
  }

  private static void link(List<Set<Integer>> edges, int a, int b) {
    edges.get(a).add(b);
    edges.get(b).add(a);
  }

  /** What one body calls and creates, without looking into the bodies nested in it. */
  private static final class Facts extends TreeScanner {
    private final JavacServices services;
    final Set<Symbol> invoked = new LinkedHashSet<>();
    final Set<Symbol> instantiated = new LinkedHashSet<>();
    MethodSymbol method;
    boolean contractCall;
    boolean blockingCall;
    boolean ownContract;

    private Facts(JavacServices services) {
      this.services = services;
    }

    /**
     * The body's facts; a body whose scan fails is lowered anyway, so the failure is reported
     * once, for that body, where it is translated.
     */
    static Facts orSeed(BodySource body, JavacServices services) {
      try {
        return of(body, services);
      } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
        Facts seed = new Facts(services);
        seed.contractCall = true;
        return seed;
      }
    }

    static Facts of(BodySource body, JavacServices services) {
      Facts facts = new Facts(services);
      Tree declaration = body.path().getLeaf();
      Tree code;
      if (declaration instanceof MethodTree method) {
        facts.method = ((JCTree.JCMethodDecl) method).sym;
        facts.ownContract = facts.method != null && services.contracts().hasAnyContract(facts.method);
        code = method.getBody();
      } else if (declaration instanceof LambdaExpressionTree lambda) {
        code = lambda.getBody();
      } else if (declaration instanceof VariableTree field) {
        code = field.getInitializer();
      } else {
        code = (BlockTree) declaration;
      }
      facts.scan((JCTree) code);
      return facts;
    }

    /**
     * A JDK call that may block has a contract too (a library model): a helper that sleeps
     * must be lowered so a read section calling it sees that it blocks.
     */
    private boolean blockingModel(MethodSymbol called) {
      CallTarget target = services.callTargets().of(called);
      return LibraryModels.blockingReason(target.ownerTypes(), target.simpleName()) != null;
    }

    private void record(Symbol symbol) {
      if (symbol instanceof MethodSymbol called) {
        invoked.add(called);
        if (!contractCall && !services.contracts().own(called).equals(Contract.EMPTY)) {
          contractCall = true;
        }
        if (!blockingCall && blockingModel(called)) {
          blockingCall = true;
        }
      }
    }

    @Override
    public void visitApply(JCTree.JCMethodInvocation tree) {
      record(TreeInfo.symbol(tree.meth));
      super.visitApply(tree);
    }

    @Override
    public void visitNewClass(JCTree.JCNewClass tree) {
      record(tree.constructor);
      if (tree.type != null) {
        instantiated.add(tree.type.tsym);
      }
      scan(tree.encl);
      scan(tree.args);
    }

    @Override
    public void visitReference(JCTree.JCMemberReference tree) {
      record(tree.sym);
      super.visitReference(tree);
    }

    @Override
    public void visitLambda(JCTree.JCLambda tree) {
      // its own body
    }

    @Override
    public void visitClassDef(JCTree.JCClassDecl tree) {
      // its own bodies
    }
  }
}
