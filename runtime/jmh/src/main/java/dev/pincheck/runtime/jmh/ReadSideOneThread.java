package dev.pincheck.runtime.jmh;

import org.openjdk.jmh.annotations.Threads;

/** {@link ReadSideBenchmark} with one reader thread. */
@Threads(1)
public class ReadSideOneThread extends ReadSideBenchmark {}
