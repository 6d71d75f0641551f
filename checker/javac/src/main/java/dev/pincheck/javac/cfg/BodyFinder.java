package dev.pincheck.javac.cfg;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every body of a top-level class: methods and constructors, lambdas, initializer
 * blocks and field initializers, including those of nested, local and anonymous classes.
 */
public final class BodyFinder extends TreePathScanner<Void, BodySource> {
  private final List<BodySource> bodies = new ArrayList<>();
  private ClassTree currentClass;
  private MethodTree currentMethod;

  private BodyFinder() {}

  /** The bodies under {@code classPath}, outer before inner. */
  public static List<BodySource> find(TreePath classPath) {
    BodyFinder finder = new BodyFinder();
    finder.scan(classPath, null);
    return finder.bodies;
  }

  @Override
  public Void visitClass(ClassTree tree, BodySource parent) {
    ClassTree outerClass = currentClass;
    MethodTree outerMethod = currentMethod;
    currentClass = tree;
    currentMethod = null;
    try {
      return super.visitClass(tree, parent);
    } finally {
      currentClass = outerClass;
      currentMethod = outerMethod;
    }
  }

  @Override
  public Void visitMethod(MethodTree tree, BodySource parent) {
    if (tree.getBody() == null) {
      return null;
    }
    MethodTree outerMethod = currentMethod;
    currentMethod = tree;
    try {
      BodySource body = add(BodySource.Kind.METHOD, parent);
      scan(tree.getBody(), body);
      return null;
    } finally {
      currentMethod = outerMethod;
    }
  }

  @Override
  public Void visitLambdaExpression(LambdaExpressionTree tree, BodySource parent) {
    BodySource body = add(BodySource.Kind.LAMBDA, parent);
    scan(tree.getBody(), body);
    return null;
  }

  @Override
  public Void visitBlock(BlockTree tree, BodySource parent) {
    if (isClassMember()) {
      return super.visitBlock(tree, add(BodySource.Kind.INITIALIZER, parent));
    }
    return super.visitBlock(tree, parent);
  }

  @Override
  public Void visitVariable(VariableTree tree, BodySource parent) {
    if (isClassMember() && tree.getInitializer() != null) {
      scan(tree.getModifiers(), parent);
      scan(tree.getInitializer(), add(BodySource.Kind.FIELD_INITIALIZER, parent));
      return null;
    }
    return super.visitVariable(tree, parent);
  }

  private boolean isClassMember() {
    TreePath parentPath = getCurrentPath().getParentPath();
    return parentPath != null && parentPath.getLeaf() instanceof ClassTree;
  }

  private BodySource add(BodySource.Kind kind, BodySource parent) {
    BodySource body = new BodySource(kind, getCurrentPath(), currentClass, currentMethod, parent);
    bodies.add(body);
    return body;
  }

  /** Whether {@code tree} is the declaration of {@code body}. */
  static boolean declares(BodySource body, Tree tree) {
    return body.path().getLeaf() == tree;
  }
}
