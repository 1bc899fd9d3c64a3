/** What notices say: template types, languages, placeholders, review status and rendering. */
package org.outreach.notice.templates;
