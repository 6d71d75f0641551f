package dev.pincheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a parameter: the call takes and releases the named lock of the argument itself, so the
 * caller must not hold it (the locks are not reentrant: {@code mmu_notifier_register} takes
 * the mmap lock).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface TakesLock {
  String value();
}
