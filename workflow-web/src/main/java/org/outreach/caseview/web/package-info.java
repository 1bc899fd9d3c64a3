/** The case view's screen: finding a case and showing it. */
package org.outreach.caseview.web;
