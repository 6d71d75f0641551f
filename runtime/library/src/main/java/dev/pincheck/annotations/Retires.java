package dev.pincheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a parameter: after the call, new readers of the SRCU domain no longer find the argument,
 * but readers already inside a read section may still use it until a grace period ends
 * ({@code mmu_notifier_unregister_no_release}). Tearing its state down before then is a use
 * after free. The domain is the {@link SrcuDomain} parameter, or the named domain {@link #value()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Retires {
  String value() default "";
}
