package org.outreach.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.outreach.correlation.CaseEvents;
import org.outreach.registry.NewAffectedPerson;
import org.outreach.registry.PersonChange;
import org.outreach.registry.PersonRegistry;

/**
 * Writes a validated import in one transaction: the import record, the new people (registered in
 * batches, the persistence context flushed and cleared after each so it stays small), the updates
 * of registered people, and the custody messages to their running processes. If anything fails,
 * nothing of it stays.
 */
@Stateless
@RolesAllowed({"admin", "supervisor"})
public class ImportWriter {

  static final int BATCH = 500;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @EJB private PersonRegistry registry;
  @EJB private CaseEvents caseEvents;

  public record Written(int created, int updated, int custodyChanges, int custodyDelivered) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Written write(UUID id, ImportOptions options, ValidatedImport validation, String who) {
    entityManager.persist(
        new PersonImport(id, options, validation, who, OffsetDateTime.now(ZoneOffset.UTC)));
    entityManager.flush();
    List<ImportRow> newRows = new ArrayList<>();
    List<ImportRow> updates = new ArrayList<>();
    for (ImportRow row : validation.validRows()) {
      (row.isUpdate() ? updates : newRows).add(row);
    }
    for (int from = 0; from < newRows.size(); from += BATCH) {
      List<ImportRow> batch = newRows.subList(from, Math.min(newRows.size(), from + BATCH));
      List<NewAffectedPerson> people = batch.stream().map(ImportRow::person).toList();
      List<UUID> ids = registry.registerAll(people);
      for (int i = 0; i < batch.size(); i++) {
        entityManager.persist(new ImportedPerson(id, ids.get(i), batch.get(i).row(), true));
      }
      entityManager.flush();
      entityManager.clear();
    }
    int custodyChanges = 0;
    int delivered = 0;
    for (ImportRow row : updates) {
      PersonChange change = registry.update(row.existingId(), row.person());
      entityManager.persist(new ImportedPerson(id, row.existingId(), row.row(), false));
      if (change.custodyStatusChanged()) {
        custodyChanges++;
        Optional<UUID> caseId = caseOf(row.existingId());
        if (caseId.isPresent()
            && caseEvents.custodyStatusChanged(caseId.get(), change.custodyStatus())) {
          delivered++;
        }
      }
    }
    entityManager.flush();
    entityManager.clear();
    entityManager
        .find(PersonImport.class, id)
        .written(newRows.size(), updates.size(), custodyChanges, delivered);
    return new Written(newRows.size(), updates.size(), custodyChanges, delivered);
  }

  private Optional<UUID> caseOf(UUID personId) {
    return entityManager
        .createQuery("SELECT c.id FROM OutreachCase c WHERE c.personId = :person", UUID.class)
        .setParameter("person", personId)
        .getResultList()
        .stream()
        .findFirst();
  }
}
