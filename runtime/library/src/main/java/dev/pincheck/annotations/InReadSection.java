package dev.pincheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method body runs inside a read section of the named SRCU domain, as every MMU-notifier
 * callback runs inside the notifier SRCU read section. Overriding methods inherit it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface InReadSection {
  String value();
}
