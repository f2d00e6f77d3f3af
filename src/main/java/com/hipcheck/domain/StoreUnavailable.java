package com.hipcheck.domain;

/**
 * The history store could not be used for this call: down, slow past its time limit, throttled
 * or refusing. The conversation carries on without history; the message is for the operator log.
 */
public final class StoreUnavailable extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreUnavailable(String message) {
        super(message);
    }
}
