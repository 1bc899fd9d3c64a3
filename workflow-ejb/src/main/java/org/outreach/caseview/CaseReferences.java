package org.outreach.caseview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseReference;
import org.outreach.cases.CaseSummary;

/**
 * Case references and ids for pages that list events of many cases (the audit trail): a case's
 * reference says nothing of its person, and supervisors may see every case.
 */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class CaseReferences {

  @Inject private CaseRecords cases;

  /** The references of these cases, by id; an id of no case is left out. */
  public Map<UUID, String> of(Collection<UUID> caseIds) {
    return cases.referencesOf(caseIds);
  }

  /** The id of the case with this reference as typed (any case, spaces and dashes allowed). */
  public Optional<UUID> idOf(String typed) {
    return CaseReference.parse(typed).flatMap(cases::findByReference).map(CaseSummary::id);
  }
}
