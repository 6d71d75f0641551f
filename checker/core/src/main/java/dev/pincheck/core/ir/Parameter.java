package dev.pincheck.core.ir;

/** A formal parameter of a body: its name for messages and whether it holds a reference. */
public record Parameter(String name, boolean reference) {}
