package dev.pincheck.annotations;

/**
 * The two reference counts of an address space, as in the kernel's {@code mm_struct}.
 * A contract names which one a call takes, drops or needs.
 */
public enum Pin {
  /** {@code mm_users}: the address space stays mapped ({@code mmget}/{@code mmput}). */
  USERS,
  /** {@code mm_count}: only the structure stays allocated ({@code mmgrab}/{@code mmdrop}). */
  COUNT
}
