package dev.pincheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a parameter: the caller must hold the named lock of the argument (for write when
 * {@link #exclusive()}), as {@code __mmu_notifier_register} requires the mmap lock.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface RequiresLock {
  String value();

  boolean exclusive() default true;
}
