package dev.pincheck.core.contract;

/** The core's copy of the two counts, so the core does not depend on the annotation jar. */
public enum PinKind {
  USERS("mm_users", "mmget", "mmput"),
  COUNT("mm_count", "mmgrab", "mmdrop");

  private final String counter;
  private final String take;
  private final String drop;

  PinKind(String counter, String take, String drop) {
    this.counter = counter;
    this.take = take;
    this.drop = drop;
  }

  /** The kernel counter, for messages. */
  public String counter() {
    return counter;
  }

  /** The kernel call that takes it, for messages. */
  public String take() {
    return take;
  }

  /** The kernel call that drops it, for messages. */
  public String drop() {
    return drop;
  }

  public PinKind other() {
    return this == USERS ? COUNT : USERS;
  }
}
