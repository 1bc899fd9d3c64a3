/** The inbox screen. */
package org.outreach.tasks.web;
