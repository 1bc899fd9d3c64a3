/** Demo accounts for a server on the embedded database that only this machine can reach. */
package org.outreach.demo;
