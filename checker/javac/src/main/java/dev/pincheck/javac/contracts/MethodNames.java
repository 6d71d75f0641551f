package dev.pincheck.javac.contracts;

import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import com.sun.tools.javac.code.Types;
import dev.pincheck.core.ir.MethodKey;
import java.util.List;

/**
 * Names methods the way the core expects: a {@link MethodKey} from the owner's binary name,
 * the method name and the erased parameter types ({@code p.Dev#flush()}, constructors are
 * {@code <init>}), and a short display name for messages ({@code Mm.mmput}, {@code new Srcu}).
 * Lambdas and initializers, which have no symbol, are named from their owner and position.
 */
public final class MethodNames {
  private final Types types;

  public MethodNames(Types types) {
    this.types = types;
  }

  /** The key of a method or constructor; call sites and bodies compute the same one. */
  public MethodKey key(MethodSymbol method) {
    StringBuilder id = new StringBuilder(binaryName(ownerClass(method)))
        .append('#').append(method.name).append('(');
    List<Symbol.VarSymbol> params = method.params();
    for (int i = 0; i < params.size(); i++) {
      id.append(i == 0 ? "" : ",").append(erasedName(params.get(i).type));
    }
    return new MethodKey(id.append(')').toString());
  }

  /** The key of a lambda body: its owner, {@code lambda@offset} and its erased parameter types. */
  public MethodKey lambdaKey(ClassSymbol owner, int offset, List<Type> paramTypes) {
    StringBuilder id = new StringBuilder(binaryName(owner)).append("#lambda@").append(offset).append('(');
    for (int i = 0; i < paramTypes.size(); i++) {
      id.append(i == 0 ? "" : ",").append(erasedName(paramTypes.get(i)));
    }
    return new MethodKey(id.append(')').toString());
  }

  /** The key of an initializer block or field initializer, named by {@code what} and offset. */
  public MethodKey initializerKey(ClassSymbol owner, String what, int offset) {
    return new MethodKey(binaryName(owner) + "#<" + what + "@" + offset + ">()");
  }

  /** {@code Owner.method}, or {@code new Owner} for a constructor. */
  public String displayName(MethodSymbol method) {
    String owner = simpleName(ownerClass(method));
    return method.isConstructor() ? "new " + owner : owner + "." + method.name;
  }

  /**
   * The class that declares a symbol, or null for members of no class, such as an array's
   * {@code clone()} ({@code Symbol.enclClass()} throws on those).
   */
  public static ClassSymbol ownerClass(Symbol symbol) {
    Symbol owner = symbol.owner;
    while (owner != null && !(owner instanceof ClassSymbol)) {
      owner = owner.owner;
    }
    return (ClassSymbol) owner;
  }

  /** The binary name ({@code p.Outer$Inner}, {@code p.Dev$1}). */
  public static String binaryName(ClassSymbol owner) {
    return owner == null ? "?" : owner.flatName().toString();
  }

  /** The binary name without its package ({@code Outer$Inner}, {@code Dev$1}). */
  public static String simpleName(ClassSymbol owner) {
    String name = binaryName(owner);
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private String erasedName(Type type) {
    Type erased = types.erasure(type);
    if (erased.hasTag(TypeTag.ARRAY)) {
      return erasedName(types.elemtype(erased)) + "[]";
    }
    if (erased.tsym instanceof ClassSymbol cls) {
      return binaryName(cls);
    }
    return erased.toString();
  }
}
