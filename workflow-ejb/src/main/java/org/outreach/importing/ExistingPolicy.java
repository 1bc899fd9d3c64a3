package org.outreach.importing;

/**
 * What a row whose A-number is registered already means. The two requirements "report duplicates
 * against existing records" and "a re-import updates people" meet here: a plain import reports such
 * a row as a duplicate (nobody updates a record by accident); an import that says it is an update
 * applies the row to the registered person.
 */
public enum ExistingPolicy {
  /** The default: a registered A-number is a problem of the row. */
  REJECT,
  /** The row updates the registered person (custody status and its facts, contacts). */
  UPDATE
}
