package dev.pincheck.runtime;

import dev.pincheck.annotations.Blocking;
import dev.pincheck.annotations.Pin;
import dev.pincheck.annotations.Pins;
import dev.pincheck.annotations.Releases;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A thread of execution and the address space it runs in ({@code struct task_struct}): the
 * task owns one {@code USERS} pin on its mm until it {@link #exit exits}. Other code reaches the
 * mm only through {@link Mm#getTaskMm} or {@link Mm#mmAccess}, which take their own pin under the
 * task lock, so they never see an mm whose last pin is being dropped.
 */
public final class Task {
  private final String name;
  /** {@code task_lock}: guards {@link #mm} and {@link #exited}. */
  private final Object taskLock = new Object();
  /** {@code signal->cred_guard_mutex}, taken by {@code mm_access}. */
  private final ReentrantLock credGuardMutex = new ReentrantLock();

  @Pins(Pin.USERS)
  private Mm mm;

  private boolean exited;
  private volatile boolean dumpable = true;

  /** A kernel thread: a task without an mm; {@link Mm#getTaskMm} returns {@code null}. */
  public Task(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /**
   * A user task running in {@code mm}; the task takes over the caller's {@code USERS} pin
   * (the caller must not {@code mmput} it) and drops it at {@link #exit}.
   */
  public Task(String name, @Releases(Pin.USERS) Mm mm) {
    this.name = Objects.requireNonNull(name, "name");
    Mm.requireUsers(mm, "new Task");
    this.mm = mm;
  }

  public String name() {
    return name;
  }

  /**
   * {@code prctl(PR_SET_DUMPABLE)}: a task that is not dumpable refuses {@link Mm#mmAccess}
   * (the ptrace access check). Tasks start dumpable.
   */
  public void setDumpable(boolean dumpable) {
    this.dumpable = dumpable;
  }

  public boolean isDumpable() {
    return dumpable;
  }

  /**
   * {@code exit_mm}: detaches the mm under the task lock, then drops the task's pin with
   * {@link Mm#mmput}, which may tear the address space down. A task exits once.
   */
  @Blocking
  public void exit() {
    MmuNotifier.checkNotInCallback(
        "Task.exit",
        "its mmput may drop the last USERS pin, and exit_mmap waits for a notifier grace period",
        "let the task exit outside the callback");
    Mm old;
    synchronized (taskLock) {
      if (exited) {
        throw new IllegalStateException("Task.exit(" + this + "): the task already exited");
      }
      exited = true;
      old = mm;
      mm = null;
    }
    if (old != null) {
      Mm.mmput(old);
    }
  }

  @Override
  public String toString() {
    return "task '" + name + "'";
  }

  /** {@code get_task_mm}'s body: a new pin on the mm, taken under the task lock. */
  Mm pinMm() {
    synchronized (taskLock) {
      if (mm != null) {
        Mm.mmget(mm);
      }
      return mm;
    }
  }

  ReentrantLock credGuardMutex() {
    return credGuardMutex;
  }
}
