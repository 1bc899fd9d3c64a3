/** The REST API's root. */
package org.outreach.web;
