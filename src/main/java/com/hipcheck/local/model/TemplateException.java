package com.hipcheck.local.model;

/** A template that cannot be read or expanded; the message says where and why, for a person to fix. */
final class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;

    TemplateException(String message) {
        super(message);
    }
}
