package org.outreach.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.UUID;
import org.outreach.cases.CaseOpening;

/** Opens the cases of one chunk of people in one transaction: all of the chunk, or none. */
@Stateless
@RolesAllowed({"admin", "supervisor"})
public class ChunkStart {

  @EJB private CaseOpening caseOpening;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void open(List<UUID> personIds) {
    caseOpening.openCasesFor(personIds);
  }
}
