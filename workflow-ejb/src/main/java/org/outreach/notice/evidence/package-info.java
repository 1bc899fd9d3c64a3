/**
 * Proof of notice: per case, every notice and every answer to one, as a court would be shown them
 * (a bundle in JSON and the same as a PDF), from the records the other parts of {@code notice}
 * keep.
 */
package org.outreach.notice.evidence;
