/** Finding affected people whose safe way of contact is unknown. */
package org.outreach.locate;
