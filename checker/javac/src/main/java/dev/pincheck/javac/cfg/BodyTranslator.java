package dev.pincheck.javac.cfg;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import dev.pincheck.core.ir.MethodBody;
import dev.pincheck.javac.JavacServices;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import org.checkerframework.nullaway.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.nullaway.dataflow.cfg.node.ExpressionStatementNode;
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
    Set<Tree> statements = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Node node : cfg.getAllNodes()) {
      if (node instanceof VariableDeclarationNode declaration
          && TreeInfo.symbolFor((JCTree) declaration.getTree()) instanceof VarSymbol symbol) {
        locals.add(symbol);
      } else if (node instanceof ExpressionStatementNode statement) {
        statements.add(statement.getTree());
      }
    }
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
}
