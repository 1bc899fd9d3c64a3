/** The failed steps page of the console. */
package org.outreach.operations.web;
