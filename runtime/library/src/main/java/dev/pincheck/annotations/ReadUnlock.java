package dev.pincheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method leaves the read section of an SRCU domain whose index is the {@link ReadIndex}
 * parameter ({@code srcu_read_unlock}). The domain is the {@link SrcuDomain} parameter, or
 * the named domain {@link #value()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ReadUnlock {
  String value() default "";
}
