package dev.pincheck.javac.cfg;

import com.sun.tools.javac.code.Symtab;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import dev.pincheck.core.ir.ExceptionEdge;
import javax.lang.model.type.TypeMirror;

/**
 * Classifies the exceptions a call may raise: runtime exceptions, errors and the catch-all
 * {@code Throwable} are {@link ExceptionEdge.Kind#UNCHECKED}; everything else is checked.
 */
final class ExceptionKinds {
  private final Types types;
  private final Symtab symtab;

  ExceptionKinds(Types types, Symtab symtab) {
    this.types = types;
    this.symtab = symtab;
  }

  ExceptionEdge.Kind ofCall(TypeMirror exception) {
    Type type = (Type) exception;
    if (types.isSubtype(type, symtab.runtimeExceptionType)
        || types.isSubtype(type, symtab.errorType)
        || types.isSameType(type, symtab.throwableType)) {
      return ExceptionEdge.Kind.UNCHECKED;
    }
    return ExceptionEdge.Kind.CHECKED;
  }
}
