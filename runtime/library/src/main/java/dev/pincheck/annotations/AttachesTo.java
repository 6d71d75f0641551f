package dev.pincheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a parameter: the call attaches something (a notifier) to the argument, which must be
 * kept alive by a pin of that kind that the caller holds or received from its own caller.
 * The kernel {@code BUG_ON}s when {@code mmu_notifier_register} meets {@code mm_users == 0}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface AttachesTo {
  Pin value();
}
