/**
 * The return-travel task forms: the wish to return, the travel document or parole, the booking, the
 * arrival, each through counsel or a partner organisation.
 */
package org.outreach.travel.web;
