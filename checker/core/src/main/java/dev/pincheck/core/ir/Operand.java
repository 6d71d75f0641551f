package dev.pincheck.core.ir;

/** A value an instruction reads: memory named by an access path, or a literal. */
public sealed interface Operand permits AccessPath, Literal {}
