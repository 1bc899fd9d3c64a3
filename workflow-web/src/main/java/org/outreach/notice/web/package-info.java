/**
 * The notice page people open from their email, the review of notice texts for administrators, and
 * the letters' doors: print batches, returned letters, custody notices.
 */
package org.outreach.notice.web;
