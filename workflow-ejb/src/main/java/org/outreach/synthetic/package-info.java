/** Fictitious affected people for demos, tests and the benchmark: deterministic from a seed. */
package org.outreach.synthetic;
