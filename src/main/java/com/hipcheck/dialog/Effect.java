package com.hipcheck.dialog;

/**
 * Something a turn asks the outside world to do, beyond speaking: save a result, forget the
 * user, show a screen. The dialog only names it; an adapter carries it out. There are none yet,
 * so nothing implements this; make it a sealed interface with record implementations when the
 * first one arrives, so that every adapter must decide how to carry each out.
 */
public interface Effect {}
