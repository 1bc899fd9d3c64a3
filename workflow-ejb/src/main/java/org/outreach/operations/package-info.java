/**
 * The engine's own troubles shown to supervisors: steps that failed and wait for another try, and
 * incidents (a step out of tries), with a retry each supervisor's action audited.
 */
package org.outreach.operations;
