/** Reading the values of native queries the same way on H2 and PostgreSQL. */
package org.outreach.sql;
