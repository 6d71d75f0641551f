package dev.pincheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The call takes a pin, owned by its caller from then on.
 *
 * <p>On a parameter: the call takes that pin on the argument ({@code mmget}, {@code mmgrab}).
 * On a method: the returned reference carries that pin ({@code null} carries none), as
 * {@code get_task_mm} returns. On a field: the kind of pin the object owns on the
 * referenced value (without it, the checker infers the kind from the stores it sees).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD, ElementType.FIELD})
public @interface Pins {
  Pin[] value();
}
