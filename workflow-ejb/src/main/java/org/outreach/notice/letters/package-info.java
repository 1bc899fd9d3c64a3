/** Postal letters and custody notices: PDF rendering, daily print batches, returns. */
package org.outreach.notice.letters;
