package dev.pincheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method enters a read section of an SRCU domain and returns the section index, which
 * must be passed back to the matching {@link ReadUnlock} call ({@code srcu_read_lock}).
 * The domain is the {@link SrcuDomain} parameter, or the named domain {@link #value()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ReadLock {
  String value() default "";
}
