/**
 * Process and decision models of the campaign, with the constants every caller uses to name them.
 */
package org.outreach.processes;
