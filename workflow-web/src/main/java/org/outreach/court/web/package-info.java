/** The court-access task forms: the consultation offered and scheduled, the court filing. */
package org.outreach.court.web;
