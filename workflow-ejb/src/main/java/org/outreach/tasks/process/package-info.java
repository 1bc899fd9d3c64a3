/** Delegates every process uses for its tasks (escalation of overdue ones). */
package org.outreach.tasks.process;
