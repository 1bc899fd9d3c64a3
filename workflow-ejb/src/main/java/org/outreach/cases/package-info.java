/** Outreach cases: one per affected person, opened together with the process that runs it. */
package org.outreach.cases;
