/** Screens that open cases. */
package org.outreach.cases.web;
