package dev.pincheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a parameter of a boolean method: the pin is taken on the argument only when the method
 * returns {@link #result()}, as {@code mmget_not_zero} does. Callers must test the result.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface PinsIf {
  Pin[] value();

  boolean result();
}
