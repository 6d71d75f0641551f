package dev.pincheck.runtime;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A sleeping reader/writer lock of an mm ({@code struct rw_semaphore}), not reentrant like the
 * kernel's: taking it again on a thread that holds it would deadlock, so it throws instead
 * (what lockdep reports). Unlocks must come from the locking thread.
 */
final class RwSemaphore {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Object owner;
  private final String name;

  RwSemaphore(Object owner, String name) {
    this.owner = owner;
    this.name = name;
  }

  void downWrite(String operation) {
    refuseRecursion(operation);
    lock.writeLock().lock();
  }

  void downRead(String operation) {
    refuseRecursion(operation);
    lock.readLock().lock();
  }

  void upWrite(String operation) {
    if (!lock.isWriteLockedByCurrentThread()) {
      throw new IllegalStateException(
          operation + "(" + owner + "): this thread does not hold the " + name + " lock for write");
    }
    lock.writeLock().unlock();
  }

  void upRead(String operation) {
    if (lock.getReadHoldCount() == 0) {
      throw new IllegalStateException(
          operation + "(" + owner + "): this thread does not hold the " + name + " lock for read");
    }
    lock.readLock().unlock();
  }

  boolean isWriteLockedByCurrentThread() {
    return lock.isWriteLockedByCurrentThread();
  }

  boolean isHeldByCurrentThread() {
    return lock.isWriteLockedByCurrentThread() || lock.getReadHoldCount() > 0;
  }

  private void refuseRecursion(String operation) {
    if (isHeldByCurrentThread()) {
      throw new IllegalStateException(
          operation + "(" + owner + "): this thread already holds the " + name + " lock, which is not"
              + " reentrant: taking it again would deadlock");
    }
  }
}
