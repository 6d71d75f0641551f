/**
 * The core's representation of a method body: a small control-flow graph that every front
 * end (javac, JavaParser) lowers its syntax trees to, so the rules are written once.
 */
package dev.pincheck.core.ir;
