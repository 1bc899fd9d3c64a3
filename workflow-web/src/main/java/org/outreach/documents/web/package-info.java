/** The REST doors of a case's documents: upload, list and download. */
package org.outreach.documents.web;
