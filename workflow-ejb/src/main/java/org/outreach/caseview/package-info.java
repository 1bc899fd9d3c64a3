/**
 * The case view: one case as a reader may see it, gathered from every capability that records
 * something on it (the person, the removal hold, the timeline of attempts, notices, decisions and
 * tasks, the documents), with the read audited once. Builds on the capabilities; none builds on it.
 */
package org.outreach.caseview;
