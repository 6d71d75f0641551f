package dev.pincheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method waits for a grace period of an SRCU domain: it returns only after every reader
 * that was inside a read section when it began has left ({@code synchronize_srcu},
 * {@code srcu_barrier}). Called from inside a read section of the same domain it never
 * returns. The domain is the {@link SrcuDomain} parameter, or the named domain {@link #value()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface WaitsForReaders {
  String value() default "";
}
