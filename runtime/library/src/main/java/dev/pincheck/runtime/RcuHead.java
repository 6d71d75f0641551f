package dev.pincheck.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.Consumer;

/**
 * The link an object needs to be queued for a function that runs after a grace period
 * ({@code struct rcu_head}). Embed one in, or extend it from, the object to be freed by
 * {@link Srcu#callSrcu} or {@link MmuNotifier#mmuNotifierCallSrcu}; the function receives the
 * same head back. A head can be queued once at a time: queuing it again before its function
 * ran throws.
 */
public class RcuHead {
  private static final VarHandle FUNC;

  static {
    try {
      FUNC = MethodHandles.lookup().findVarHandle(RcuHead.class, "func", Consumer.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The function to run after the grace period; non-null while the head is queued. */
  private volatile Consumer<RcuHead> func;

  /** Next head in a callback queue; written and read only under that queue's lock. */
  RcuHead next;

  public RcuHead() {}

  /** Claims the head for one queue; false when it is already queued somewhere. */
  boolean claim(Consumer<RcuHead> function) {
    return FUNC.compareAndSet(this, (Consumer<RcuHead>) null, function);
  }

  /** Releases the head so it may be queued again, and returns the function it carried. */
  Consumer<RcuHead> release() {
    Consumer<RcuHead> f = func;
    next = null;
    func = null;
    return f;
  }
}
