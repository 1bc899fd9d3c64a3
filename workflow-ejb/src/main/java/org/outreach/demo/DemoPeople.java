package org.outreach.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.outreach.importing.ImportOptions;
import org.outreach.importing.ImportSummary;
import org.outreach.importing.PersonImports;
import org.outreach.registry.PersonFacts;
import org.outreach.synthetic.SyntheticFile;

/**
 * Fills an empty demo registry with fictitious people from the synthetic generator, through the
 * same import (validation, encryption, audit, background start) a supervisor's upload goes through.
 */
@Stateless
@PermitAll
@RunAs("admin")
public class DemoPeople {

  /** The generator's seed for the demo: the same people on every demo server. */
  static final long SEED = 20251121L;

  private static final Logger LOG = Logger.getLogger(DemoPeople.class.getName());

  @EJB private PersonImports imports;
  @EJB private PersonFacts people;

  /** Imports {@code count} fictitious people if the registry is empty; otherwise does nothing. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void seedIfEmpty(int count) {
    if (count <= 0 || people.registeredCount() > 0) {
      return;
    }
    StringWriter csv = new StringWriter();
    try {
      SyntheticFile.write(SEED, count, csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImportSummary summary =
        imports.importCsv(
            new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
            ImportOptions.DEFAULT);
    LOG.info(
        () ->
            "Demo registry: imported "
                + summary.created()
                + " fictitious people (import "
                + summary.id()
                + "); their cases start in the background");
  }
}
