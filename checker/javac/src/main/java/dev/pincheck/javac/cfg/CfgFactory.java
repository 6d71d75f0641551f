package dev.pincheck.javac.cfg;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import javax.annotation.processing.ProcessingEnvironment;
import org.checkerframework.nullaway.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.nullaway.dataflow.cfg.UnderlyingAST;
import org.checkerframework.nullaway.dataflow.cfg.builder.CFGBuilder;

/**
 * Builds the Checker Framework control-flow graph of a body: from the path to a method's or
 * lambda's body (the builder rejects the method tree itself), or to an initializer. Assertions
 * are assumed disabled, as they are by default at run time.
 */
final class CfgFactory {
  private CfgFactory() {}

  static ControlFlowGraph build(BodySource source, ProcessingEnvironment env) {
    Tree declaration = source.path().getLeaf();
    ClassTree owner = source.enclosingClass();
    TreePath code;
    UnderlyingAST ast;
    switch (source.kind()) {
      case METHOD -> {
        MethodTree method = (MethodTree) declaration;
        code = new TreePath(source.path(), method.getBody());
        ast = new UnderlyingAST.CFGMethod(method, owner);
      }
      case LAMBDA -> {
        LambdaExpressionTree lambda = (LambdaExpressionTree) declaration;
        code = new TreePath(source.path(), lambda.getBody());
        ast = new UnderlyingAST.CFGLambda(lambda, owner, source.enclosingMethod());
      }
      default -> {
        code = source.path();
        ast = new UnderlyingAST.CFGStatement(declaration, owner);
      }
    }
    return CFGBuilder.build(code, ast, false, true, env);
  }
}
