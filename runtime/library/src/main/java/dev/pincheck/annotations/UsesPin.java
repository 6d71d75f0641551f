package dev.pincheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a parameter: the call uses what that pin keeps alive ({@code USERS}: the mappings;
 * {@code COUNT}: the structure). Calling it after dropping the last such pin is a use after
 * release.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface UsesPin {
  Pin value();
}
