package org.outreach.statistics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What published statistics count people by; nothing here identifies a person. */
public enum StatisticsDimension {
  /**
   * Where the person is: detained, released, removed (before the leak was found or after), unknown.
   */
  POPULATION,
  /** The country of nationality (ISO 3166 code), a sealed field decrypted to count. */
  NATIONALITY,
  /** The detention facility of detained people, a sealed field decrypted to count. */
  FACILITY,
  /** The language notices are written in. */
  LANGUAGE,
  /** How the person's latest case ended, or that it is open, or that there is none. */
  OUTCOME;

  /**
   * Fields of a person's record (and ids) that single a person out; asked for as a dimension, they
   * are refused by name. Compared in lower case without separators.
   */
  private static final Set<String> IDENTIFYING =
      Set.of(
          "name",
          "names",
          "familyname",
          "givennames",
          "alternatenames",
          "dateofbirth",
          "birthdate",
          "anumber",
          "alienregistrationnumber",
          "email",
          "phone",
          "address",
          "postaladdress",
          "contactpoints",
          "attorney",
          "attorneyname",
          "attorneyemail",
          "attorneyaddress",
          "risknote",
          "reference",
          "casereference",
          "personid",
          "caseid",
          "id",
          "detainedsince",
          "releasedon",
          "removedon");

  /** The dimension a request names, in any case. */
  public static StatisticsDimension named(String parameter, String name) {
    if (name == null || name.isBlank()) {
      throw new InvalidStatisticsRequestException(parameter + ": required; " + choices());
    }
    String plain = name.strip().toLowerCase(Locale.ROOT);
    for (StatisticsDimension dimension : values()) {
      if (dimension.name().toLowerCase(Locale.ROOT).equals(plain)) {
        return dimension;
      }
    }
    String bare = plain.replaceAll("[^a-z0-9]", "");
    if (IDENTIFYING.contains(bare)) {
      throw new InvalidStatisticsRequestException(
          parameter + ": " + bare + " identifies a person and cannot be counted by; " + choices());
    }
    throw new InvalidStatisticsRequestException(parameter + ": not a dimension; " + choices());
  }

  /** This dimension as requests name it. */
  public String parameterValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  private static String choices() {
    return "choose one of "
        + Arrays.stream(values())
            .map(StatisticsDimension::parameterValue)
            .collect(Collectors.joining(", "));
  }
}
