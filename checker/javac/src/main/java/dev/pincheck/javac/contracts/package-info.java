/**
 * Reads what javac knows about methods — annotations (from source or class files),
 * overridden methods, supertypes — into the core's contracts and call targets.
 */
package dev.pincheck.javac.contracts;
