package dev.pincheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The call tears down state that callbacks of an object use. On a method: the receiver is
 * torn down; on a parameter: the argument is. Forbidden between retiring an object and the
 * end of a grace period.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.PARAMETER})
public @interface TearsDown {}
