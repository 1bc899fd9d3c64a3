/** The registry of affected people: encrypted records, blind-index lookups, audited reads. */
package org.outreach.registry;
