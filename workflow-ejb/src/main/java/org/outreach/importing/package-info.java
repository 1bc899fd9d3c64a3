/**
 * Importing the list of affected people: strict CSV, a full report before any write, bulk start.
 */
package org.outreach.importing;
