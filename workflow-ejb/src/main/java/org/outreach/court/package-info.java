/**
 * Court access: the legal consultation offered and scheduled, the notice filed with the court (its
 * record and the filing as a document of the case), the filing deadline counted from the proven
 * notice and its reminder.
 */
package org.outreach.court;
