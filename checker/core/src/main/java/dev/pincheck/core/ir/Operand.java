package dev.pincheck.core.ir;

/** A value an instruction reads: memory named by an access path, a constant, or a literal. */
public sealed interface Operand permits AccessPath, Constant, Literal {}
