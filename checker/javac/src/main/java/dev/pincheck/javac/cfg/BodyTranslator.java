package dev.pincheck.javac.cfg;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.tree.TreeScanner;
import com.sun.source.tree.LambdaExpressionTree;
import dev.pincheck.core.ir.MethodBody;
import dev.pincheck.javac.JavacServices;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import org.checkerframework.nullaway.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.nullaway.dataflow.cfg.node.Node;
import org.checkerframework.nullaway.dataflow.cfg.node.VariableDeclarationNode;

/** Translates one body of a compilation unit: builds its CF graph and lowers it. */
public final class BodyTranslator {
  private final JavacServices services;
  private final Positions positions;
  private final BodyHeaders headers;
  private final FunctionValues functions;
  private final ExceptionKinds exceptionKinds;

  public BodyTranslator(JavacServices services, CompilationUnitTree unit) {
    this.services = services;
    this.positions = new Positions(unit);
    this.headers = new BodyHeaders(services, positions);
    this.functions = new FunctionValues(services, headers, unit.getSourceFile());
    this.exceptionKinds = new ExceptionKinds(services.types(), services.symtab());
  }

  /** The display name the body will have, for messages about it. */
  public String displayName(BodySource source) {
    return headers.of(source).displayName();
  }

  public MethodBody translate(BodySource source) {
    BodyHeader header = headers.of(source);
    ControlFlowGraph cfg = CfgFactory.build(source, services.processingEnv());
    Set<VarSymbol> locals = new HashSet<>();
    for (Node node : cfg.getAllNodes()) {
      if (node instanceof VariableDeclarationNode declaration
          && TreeInfo.symbolFor((JCTree) declaration.getTree()) instanceof VarSymbol symbol) {
        locals.add(symbol);
      }
    }
    Set<Tree> statements = statementExpressions(source, header);
    BodyScope scope = new BodyScope(services.types(), header.bodyClass(), header.paramIndex(), locals);
    NodeLowering nodes = new NodeLowering(
        services,
        scope,
        positions,
        functions,
        cfg,
        statements,
        headers.enclosingName(source, header.bodyClass()),
        header.returnsVoid(),
        header.pos());
    return new CfgLowering(nodes, exceptionKinds).lower(cfg, header);
  }

  /**
   * The expressions whose value is dropped: those of expression statements, and the
   * expression body of a lambda that returns nothing.
   */
  private static Set<Tree> statementExpressions(BodySource source, BodyHeader header) {
    Set<Tree> expressions = Collections.newSetFromMap(new IdentityHashMap<>());
    Tree declaration = source.path().getLeaf();
    if (declaration instanceof JCTree.JCLambda lambda
        && lambda.getBodyKind() == LambdaExpressionTree.BodyKind.EXPRESSION
        && header.returnsVoid()) {
      expressions.add(TreeInfo.skipParens((JCTree.JCExpression) lambda.body));
    }
    new TreeScanner() {
      @Override
      public void visitExec(JCTree.JCExpressionStatement statement) {
        expressions.add(TreeInfo.skipParens(statement.expr));
        super.visitExec(statement);
      }
    }.scan((JCTree) declaration);
    return expressions;
  }
}
