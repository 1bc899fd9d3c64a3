/**
 * Statistics for publication: people counted by population, nationality, detention facility, notice
 * language and outcome, with small cells withheld and protected so that none can be worked out from
 * the totals; no dimension that identifies a person can be chosen.
 */
package org.outreach.statistics;
