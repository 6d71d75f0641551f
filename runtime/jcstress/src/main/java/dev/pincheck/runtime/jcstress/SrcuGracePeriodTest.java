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
 * The SRCU grace-period guarantee as a litmus test. Writer: {@code x = 1; synchronizeSrcu;
 * y = 1}. Reader, inside one read section: reads {@code y}, then {@code x}. A reader that sees
 * the write made after the grace period ({@code y == 1}) began its section after the grace
 * period began, so it must also see the write made before it ({@code x == 1}). {@code x} and
 * {@code y} are plain fields: all the ordering comes from the SRCU implementation.
 */
@JCStressTest
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "Saw y = 1 but x = 0: the grace period did not order the reader.")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "The read section ran before the writer.")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "The read section overlapped the grace period.")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "The read section ran after the grace period.")
@State
public class SrcuGracePeriodTest {
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
    r.r1 = y;
    r.r2 = x;
    srcuReadUnlock(srcu, idx);
  }
}
