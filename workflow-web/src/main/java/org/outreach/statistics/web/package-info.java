/** Statistics for publication in the console and as CSV. */
package org.outreach.statistics.web;
