package dev.pincheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the parameter that names the SRCU domain (an {@code Srcu}) a {@link ReadLock},
 * {@link ReadUnlock}, {@link WaitsForReaders}, {@link AfterGracePeriod} or {@link Retires}
 * contract of the same method refers to when that contract names no domain itself.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface SrcuDomain {}
