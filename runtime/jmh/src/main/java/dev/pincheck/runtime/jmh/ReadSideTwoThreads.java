package dev.pincheck.runtime.jmh;

import org.openjdk.jmh.annotations.Threads;

/** {@link ReadSideBenchmark} with two reader threads on the same lock or domain. */
@Threads(2)
public class ReadSideTwoThreads extends ReadSideBenchmark {}
