package dev.pincheck.runtime.jmh;

import static dev.pincheck.runtime.Srcu.srcuReadLock;
import static dev.pincheck.runtime.Srcu.srcuReadUnlock;

import dev.pincheck.runtime.Srcu;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.StampedLock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cost of one read-side critical section that reads one shared field, with no writer:
 * an SRCU read section against a {@link ReentrantReadWriteLock} read lock and a
 * {@link StampedLock} optimistic read. The subclasses fix the thread count (1 and 2), all
 * threads sharing one lock/domain.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public abstract class ReadSideBenchmark {
  private final Srcu srcu = new Srcu("jmh");
  private final ReentrantReadWriteLock rwLock = new ReentrantReadWriteLock();
  private final StampedLock stampedLock = new StampedLock();
  private int value = 42;

  @Benchmark
  public int srcuReadSection() {
    int idx = srcuReadLock(srcu);
    int v = value;
    srcuReadUnlock(srcu, idx);
    return v;
  }

  @Benchmark
  public int rwLockRead() {
    ReentrantReadWriteLock.ReadLock lock = rwLock.readLock();
    lock.lock();
    try {
      return value;
    } finally {
      lock.unlock();
    }
  }

  @Benchmark
  public int stampedOptimisticRead() {
    long stamp = stampedLock.tryOptimisticRead();
    int v = value;
    if (!stampedLock.validate(stamp)) {
      stamp = stampedLock.readLock();
      try {
        v = value;
      } finally {
        stampedLock.unlockRead(stamp);
      }
    }
    return v;
  }

  @TearDown
  public void close() {
    srcu.close();
  }
}
