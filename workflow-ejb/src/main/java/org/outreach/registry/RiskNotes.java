package org.outreach.registry;

/**
 * What puts the person at additional risk. {@code disclosedToGovernment}: the person's data also
 * reached a government (as with the removal-flight list). {@code note}: free text, encrypted.
 */
public record RiskNotes(boolean disclosedToGovernment, String note) {

  public static final RiskNotes NONE = new RiskNotes(false, null);

  @Override
  public String toString() {
    return "RiskNotes[disclosedToGovernment=" + disclosedToGovernment + "]";
  }
}
