/**
 * The contracts pincheck reads: which pins a call takes, drops or needs, which calls block,
 * which enter or leave SRCU read sections or wait for grace periods, which run inside one,
 * and which locks they take. The runtime declares its API with them like any library.
 */
package dev.pincheck.annotations;
