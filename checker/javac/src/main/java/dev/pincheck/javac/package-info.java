/**
 * The javac front end of pincheck: {@code contracts} reads the contract annotations from
 * javac symbols, {@code cfg} lowers Checker Framework control-flow graphs to the core IR, and
 * {@code plugin} is {@code -Xplugin:PinCheck}, which runs both per compilation unit and
 * reports the core's findings through javac's diagnostics.
 */
package dev.pincheck.javac;
