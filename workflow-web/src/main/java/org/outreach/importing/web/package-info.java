/** The REST door of the import: upload, from a server path, report, start progress, retry. */
package org.outreach.importing.web;
