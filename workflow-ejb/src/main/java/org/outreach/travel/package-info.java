/**
 * Return travel for removed people who wish to come back: each step (the wish, the travel document
 * or parole, the booking, the arrival) recorded through counsel or a partner organisation, never
 * the home government or its consulate, with its sealed values, on the case's timeline and
 * re-sealed by a key rotation; how return travel ended.
 */
package org.outreach.travel;
