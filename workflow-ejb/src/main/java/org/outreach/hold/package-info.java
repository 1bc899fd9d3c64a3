/**
 * The removal hold's urgent work: stopping a removal scheduled while the hold stands. Each time a
 * supervisor reaches the officer or office in charge, what was said is recorded (sealed) in the
 * task's own transaction; a confirmed stop completes the task.
 */
package org.outreach.hold;
