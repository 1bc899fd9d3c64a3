/**
 * Custody review of detained affected people: the supervisor's decision on the review task, its
 * grounds (sealed) and the day it was taken, recorded in the task's own transaction.
 */
package org.outreach.custody;
