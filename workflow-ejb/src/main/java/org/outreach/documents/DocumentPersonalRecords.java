package org.outreach.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.outreach.privacy.PersonalRecords;

/**
 * The case's documents (receipts, filings, evidence), once the records that pointed at them are
 * gone.
 */
@ApplicationScoped
public class DocumentPersonalRecords implements PersonalRecords {

  @Override
  public List<Erasure> erasures() {
    return List.of(
        Erasure.ofCase(
            Erasure.DOCUMENTS,
            Erasure.DOCUMENT_KIND,
            "DELETE FROM case_document WHERE case_id = ?1"));
  }
}
