/**
 * {@code -Xplugin:PinCheck}: hooks the translation and the core's engine into javac, one
 * compilation unit at a time, and reports findings as javac diagnostics.
 */
package dev.pincheck.javac.plugin;
