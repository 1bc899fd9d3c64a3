/**
 * Hand delivery of the notice in custody: what the caseworker who delivered it records (when, by
 * whom, whether the receipt was signed, or why it was not delivered), kept with the case and
 * recorded in the same transaction as the task's completion.
 */
package org.outreach.notice.delivery;
