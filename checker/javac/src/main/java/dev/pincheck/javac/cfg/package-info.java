/**
 * Translation: finds the bodies of a class, builds their Checker Framework control-flow
 * graphs and lowers them to the core IR ({@link dev.pincheck.core.ir}). Nothing here knows a
 * rule; contracts come from {@link dev.pincheck.javac.contracts}.
 */
package dev.pincheck.javac.cfg;
