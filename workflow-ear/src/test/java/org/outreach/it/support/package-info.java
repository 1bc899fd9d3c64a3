/** What the integration tests share: the deployment, the mail server, the browser, waiting. */
package org.outreach.it.support;
