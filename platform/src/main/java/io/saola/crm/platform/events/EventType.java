package io.saola.crm.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Pins the wire type name of an event class instead of deriving it from the class name: for a second,
 * incompatible version ({@code "LeadConverted.v2"}) or to keep the old name when a class is renamed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String value();
}
