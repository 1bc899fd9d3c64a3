/** Documents of a case (receipts, court filings, later letters and bundles), encrypted at rest. */
package org.outreach.documents;
