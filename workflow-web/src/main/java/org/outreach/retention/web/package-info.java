/** The erased cases page of the console: what the retention job erased. */
package org.outreach.retention.web;
