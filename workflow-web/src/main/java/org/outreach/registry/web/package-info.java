/** REST doors to the registry: a person's audit trail and key rotation for administrators. */
package org.outreach.registry.web;
