/**
 * Benchmarks, run only by {@code ./mvnw verify -Pbenchmark}: they print figures and assert nothing
 * about time.
 */
package org.outreach.bench;
