/** The readiness endpoint for load balancers and operators. */
package org.outreach.health.web;
