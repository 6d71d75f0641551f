package dev.pincheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a parameter of functional type: the function passed runs only after a grace period of
 * an SRCU domain, so it may free what readers of that domain used ({@code call_srcu}). The
 * domain is the {@link SrcuDomain} parameter of the same method, or the named domain
 * {@link #value()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface AfterGracePeriod {
  String value() default "";
}
