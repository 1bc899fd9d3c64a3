package org.outreach.importing;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The documented columns of an import file (docs/import-format.md), in the order the sample and the
 * synthetic writer use. Files may order them differently; every one must be present.
 */
public enum ImportColumn {
  A_NUMBER("a_number"),
  FAMILY_NAME("family_name"),
  GIVEN_NAMES("given_names"),
  ALTERNATE_NAMES("alternate_names", true),
  DATE_OF_BIRTH("date_of_birth"),
  NATIONALITY("nationality"),
  PREFERRED_LANGUAGES("preferred_languages", true),
  CUSTODY_STATUS("custody_status"),
  DETENTION_FACILITY("detention_facility"),
  DETAINED_SINCE("detained_since"),
  RELEASED_ON("released_on"),
  REMOVED_TO("removed_to"),
  REMOVED_ON("removed_on"),
  REMOVAL_TIMING("removal_timing"),
  POSTAL_ADDRESS("postal_address"),
  POSTAL_ADDRESS_SAFE("postal_address_safe"),
  PHONES("phones", true),
  PHONES_SAFE("phones_safe"),
  EMAILS("emails", true),
  EMAILS_SAFE("emails_safe"),
  PARTNER_ORGANISATION("partner_organisation"),
  CONTACT_SOURCE("contact_source"),
  CONTACT_AS_OF("contact_as_of"),
  ATTORNEY_NAME("attorney_name"),
  ATTORNEY_FIRM("attorney_firm"),
  ATTORNEY_EMAIL("attorney_email"),
  ATTORNEY_ADDRESS("attorney_address"),
  DISCLOSED_TO_GOVERNMENT("disclosed_to_government"),
  RISK_NOTE("risk_note"),
  EXPOSED_FIELDS("exposed_fields", true);

  /** Separates the values of a multi-valued cell. */
  public static final char VALUE_SEPARATOR = '|';

  private static final Map<String, ImportColumn> BY_HEADER =
      Arrays.stream(values()).collect(Collectors.toMap(c -> c.header, Function.identity()));

  private final String header;
  private final boolean multiValued;

  ImportColumn(String header) {
    this(header, false);
  }

  ImportColumn(String header, boolean multiValued) {
    this.header = header;
    this.multiValued = multiValued;
  }

  public String header() {
    return header;
  }

  public boolean multiValued() {
    return multiValued;
  }

  public static Optional<ImportColumn> byHeader(String header) {
    return Optional.ofNullable(BY_HEADER.get(header));
  }
}
