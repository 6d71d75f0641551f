package dev.pincheck.runtime.jcstress;

import static dev.pincheck.runtime.Srcu.srcuReadLock;
import static dev.pincheck.runtime.Srcu.srcuReadUnlock;
import static dev.pincheck.runtime.Srcu.synchronizeSrcu;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.pincheck.runtime.Srcu;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The same guarantee as {@link SrcuGracePeriodTest}, with the reader reading {@code x} first.
 * Seeing {@code x == 0} means the section began before the grace period, which then must wait
 * for it, so {@code y == 1} cannot be seen. Unlike the {@code y}-first order (message passing,
 * which x86 alone keeps in order), this outcome shows up on any hardware when the grace period
 * does not wait for readers.
 */
@JCStressTest
@Outcome(id = "0, 1", expect = FORBIDDEN, desc = "Saw x = 0 then y = 1: the grace period did not wait for the reader.")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "The read section ran before the writer.")
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "The read section overlapped the grace period.")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "The read section ran after the grace period.")
@State
public class SrcuGracePeriodWaitTest {
  private final Srcu srcu = new Srcu("litmus");
  private int x;
  private int y;

  @Actor
  public void writer() {
    x = 1;
    synchronizeSrcu(srcu);
    y = 1;
  }

  @Actor
  public void reader(II_Result r) {
    int idx = srcuReadLock(srcu);
    r.r1 = x;
    r.r2 = y;
    srcuReadUnlock(srcu, idx);
  }
}
