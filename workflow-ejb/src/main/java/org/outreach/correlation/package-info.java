/**
 * The one place that tells running processes what happened outside them: every message the
 * processes wait for is correlated here, by business key (the case id), with ids and enums only.
 */
package org.outreach.correlation;
