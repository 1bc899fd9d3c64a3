/** Settings of the campaign: periods, attempt counts and team addresses, with their defaults. */
package org.outreach.campaign;
