package org.outreach.court;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.documents.CaseDocuments;
import org.outreach.documents.DocumentKind;
import org.outreach.documents.DocumentRefusedException;
import org.outreach.documents.DocumentUnreadableException;
import org.outreach.documents.DocumentView;
import org.outreach.privacy.FieldCipher;
import org.outreach.processes.CourtAccessProcess;
import org.outreach.tasks.HeldTask;
import org.outreach.tasks.TaskNotAvailableException;

/**
 * Records the notice filed with the immigration court, stores the filing as a document of the case
 * and completes the {@value CourtAccessProcess#TASK_FILE_COURT_NOTICE} task, all in one
 * transaction: a file refused by its content, a rule broken or a task that cannot be completed
 * leaves nothing written. Only the caseworker who holds the task records it. The court and the
 * confirmation number are stored sealed, the file encrypted by {@link CaseDocuments} (which audits
 * the store); the record is audited too. Nothing travels to the process: it records the filing on
 * the case itself.
 */
@Stateless
@DeclareRoles({"caseworker", "supervisor", "admin"})
@RolesAllowed({"caseworker", "supervisor", "admin"})
public class CourtFilings {

  private static final Logger LOG = Logger.getLogger(CourtFilings.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private CourtTasks tasks;
  @Inject private FieldCipher cipher;
  @EJB private CaseDocuments documents;
  @Resource private SessionContext session;

  /**
   * Records the filing with its document and completes the task.
   *
   * @param filing the file as filed or as the court confirmed it (PDF, JPEG or PNG, checked by its
   *     content); {@code null} when none was uploaded
   * @throws InvalidCourtFilingException naming the field and the rule; nothing was written
   * @throws DocumentRefusedException naming the rule the file breaks; nothing was written
   * @throws DocumentUnreadableException if the upload broke off; nothing was written
   * @throws TaskNotAvailableException if the caller does not hold a filing task by this id
   */
  public void record(String taskId, NewCourtFiling record, InputStream filing) {
    HeldTask task = tasks.held(taskId, CourtAccessProcess.TASK_FILE_COURT_NOTICE);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    NewCourtFiling checked =
        CourtFilingRules.checked(record, filing != null, tasks.openedAt(task), now);
    DocumentView document = documents.store(task.caseId(), DocumentKind.COURT_FILING, filing);
    UUID id = UUID.randomUUID();
    String caller = session.getCallerPrincipal().getName();
    entityManager.persist(
        new CourtFiling(
            id,
            task.caseId(),
            task.id(),
            checked.filedOn(),
            cipher.encrypt(checked.court(), CourtFiling.courtData(id)),
            cipher.encrypt(checked.confirmationNumber(), CourtFiling.confirmationData(id)),
            document.id(),
            caller,
            now));
    entityManager.persist(
        AuditEvent.onCaseRecord(
            caller,
            tasks.personOf(task),
            task.caseId(),
            AuditAction.RECORD_COURT_FILING,
            AccessPurpose.CASEWORK,
            AuditEvent.reasonTask(task.id())));
    tasks.complete(task, Map.of());
    LOG.info(
        () ->
            "Court filing "
                + id
                + " recorded for task "
                + task.id()
                + " with document "
                + document.id());
  }
}
