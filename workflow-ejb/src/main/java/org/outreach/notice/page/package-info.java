/**
 * The public notice page: the full notice shown to whoever gives its case reference and the
 * person's date of birth, with failed tries counted per reference and per visitor address.
 */
package org.outreach.notice.page;
