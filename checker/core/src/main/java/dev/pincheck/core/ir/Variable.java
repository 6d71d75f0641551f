package dev.pincheck.core.ir;

/**
 * A named storage root of a method body. Locals carry a name unique within the body (the
 * front end disambiguates shadowed names); temporaries hold intermediate expression values.
 */
public record Variable(Kind kind, String name) {

  /** Where the variable lives, which decides who owns a pin read from it. */
  public enum Kind {
    /** A local variable declared in the body. */
    LOCAL,
    /** A formal parameter; {@link #name()} is its index. */
    PARAM,
    /** The receiver. */
    THIS,
    /** The value of an intermediate expression. */
    TEMP,
    /** A variable of an enclosing method captured by a lambda or local class. */
    CAPTURED,
    /** A class, for its static fields; {@link #name()} is the class name. */
    STATIC
  }

  public static Variable local(String uniqueName) {
    return new Variable(Kind.LOCAL, uniqueName);
  }

  public static Variable param(int index) {
    return new Variable(Kind.PARAM, Integer.toString(index));
  }

  public static Variable receiver() {
    return new Variable(Kind.THIS, "this");
  }

  public static Variable temp(int id) {
    return new Variable(Kind.TEMP, "$" + id);
  }

  public static Variable captured(String name) {
    return new Variable(Kind.CAPTURED, name);
  }

  public static Variable statics(String className) {
    return new Variable(Kind.STATIC, className);
  }

  public int paramIndex() {
    return Integer.parseInt(name);
  }
}
