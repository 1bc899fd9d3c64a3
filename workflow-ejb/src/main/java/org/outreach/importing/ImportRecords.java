package org.outreach.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The import records: each change in its own transaction, so a record of a rejected or failed
 * import, and the progress of a start, survive whatever happens to the work they describe.
 */
@Stateless
@RolesAllowed({"admin", "supervisor"})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportRecords {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  public void saveRejected(UUID id, ImportOptions options, ValidatedImport validation, String who) {
    PersonImport record = new PersonImport(id, options, validation, who, now());
    record.rejected();
    entityManager.persist(record);
  }

  public void saveFailed(UUID id, ImportOptions options, ValidatedImport validation, String who) {
    PersonImport record = new PersonImport(id, options, validation, who, now());
    record.failed();
    entityManager.persist(record);
  }

  public void startRunBegins(UUID id) {
    record(id).startRunBegins();
  }

  public void chunkFailed(UUID id, int people) {
    record(id).chunkFailed(people);
  }

  public void startRunEnded(UUID id) {
    record(id).startRunEnded();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public List<UUID> peopleWithoutCase(UUID id) {
    return entityManager
        .createNamedQuery("ImportedPerson.withoutCase", UUID.class)
        .setParameter("importId", id)
        .getResultList();
  }

  /** How many imports ended in each state, and how many people they registered in all. */
  public record Totals(Map<ImportState, Long> imports, long peopleCreated) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Totals totals() {
    Map<ImportState, Long> imports = new EnumMap<>(ImportState.class);
    long created = 0;
    for (Object[] row :
        entityManager
            .createQuery(
                "SELECT i.state, COUNT(i), SUM(i.created) FROM PersonImport i GROUP BY i.state",
                Object[].class)
            .getResultList()) {
      imports.put((ImportState) row[0], ((Number) row[1]).longValue());
      created += row[2] == null ? 0 : ((Number) row[2]).longValue();
    }
    return new Totals(imports, created);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public ImportSummary summary(UUID id) {
    return record(id).summary();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public StartProgress progress(UUID id, boolean running) {
    PersonImport record = record(id);
    long done =
        entityManager
            .createNamedQuery("ImportedPerson.countWithCase", Long.class)
            .setParameter("importId", id)
            .getSingleResult();
    return new StartProgress(
        id, record.state(), record.created(), (int) done, record.startFailed(), running);
  }

  private PersonImport record(UUID id) {
    PersonImport record = entityManager.find(PersonImport.class, id);
    if (record == null) {
      throw new ImportNotFoundException(id);
    }
    return record;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
