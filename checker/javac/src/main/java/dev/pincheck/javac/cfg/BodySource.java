package dev.pincheck.javac.cfg;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;

/**
 * One analysable body found in a class: a method or constructor, a lambda, an initializer
 * block or a field initializer. {@code path} leads to its declaration; {@code parent} is the
 * body it is written in (for lambdas and members of local or anonymous classes), or null.
 */
public record BodySource(
    Kind kind, TreePath path, ClassTree enclosingClass, MethodTree enclosingMethod, BodySource parent) {

  /** What kind of code the body is. */
  public enum Kind {
    METHOD,
    LAMBDA,
    INITIALIZER,
    FIELD_INITIALIZER
  }
}
