package dev.pincheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a parameter: the call acquires the named lock of the argument ({@code mmap_write_lock}
 * when {@link #exclusive()}, {@code mmap_read_lock} otherwise). The locks are not reentrant.
 * When {@link #nestedIn()} names another lock of the same object, that lock must stay held
 * until this one is released ({@code mm_take_all_locks} inside the mmap lock).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Locks {
  String value();

  boolean exclusive() default true;

  String nestedIn() default "";
}
