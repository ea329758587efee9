package dev.atrium.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request field holding multi-line text that is kept as sent (a message or comment body, a
 * description, a password): tab, line breaks and bidi controls stay; see {@link Text#verbatim}.
 * Every other text field of a request is a single-line name ({@link Text#name}).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface Verbatim {}
