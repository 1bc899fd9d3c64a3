package org.outreach.travel;

/**
 * Through whom a step of return travel was worked.
 *
 * @param kind counsel or a partner organisation; a government or consulate is refused
 * @param name the lawyer, or the person at the partner organisation; kept encrypted
 * @param organisation counsel's firm or the partner organisation, if any; kept encrypted
 */
public record NewTravelContact(TravelContactKind kind, String name, String organisation) {

  @Override
  public String toString() {
    return "NewTravelContact[" + kind + "]";
  }
}
