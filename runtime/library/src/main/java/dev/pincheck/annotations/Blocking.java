package dev.pincheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method may block or sleep (takes a sleeping lock, waits for a grace period, for I/O,
 * for another thread). Forbidden inside SRCU read sections and in non-blocking callbacks.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Blocking {}
