package org.outreach.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service the engine's jobs and listeners call, and other services, never a web door: it trusts
 * its caller to have checked who is asking (an architecture rule keeps the web layer off it).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SystemService {}
