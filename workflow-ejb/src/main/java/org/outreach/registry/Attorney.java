package org.outreach.registry;

/** The attorney of record; {@code email} and {@code address} may be missing. */
public record Attorney(String name, String firm, String email, String address) {

  @Override
  public String toString() {
    return "Attorney[...]";
  }
}
