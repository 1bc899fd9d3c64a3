package org.outreach.importing.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.outreach.importing.ExistingPolicy;
import org.outreach.importing.ImportLimits;
import org.outreach.importing.ImportOptions;
import org.outreach.importing.ImportProblem;
import org.outreach.importing.ImportRefusedException;
import org.outreach.importing.ImportState;
import org.outreach.importing.ImportSummary;
import org.outreach.importing.ImportUnreadableException;
import org.outreach.importing.PersonImports;
import org.outreach.importing.ProblemPolicy;
import org.outreach.importing.StartProgress;
import org.outreach.web.ConsoleTexts;
import org.outreach.web.Uploads;

/**
 * Backs {@code admin/import.xhtml}: an administrator uploads a CSV of affected people, reads the
 * report (row, column, reason; never a value), and watches the new people's cases start, with a
 * retry of the chunks that failed. The file is read as it arrives and kept nowhere by the page: the
 * service validates and writes it in one go, all or nothing unless the administrator chose to keep
 * the valid rows.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most problems the page lists; the count says how many there are. */
  static final int PROBLEMS_SHOWN = 200;

  @EJB private PersonImports imports;

  private transient Part file;
  private ProblemPolicy problems = ProblemPolicy.ALL_OR_NOTHING;
  private ExistingPolicy existing = ExistingPolicy.REJECT;
  private UUID importId;
  private ImportSummary summary;
  private StartProgress progress;

  /** Validates and writes the file chosen; says what happened. */
  public void upload() {
    Part part = Uploads.of(file, "import:file");
    try {
      if (!Uploads.chosen(part)) {
        ConsoleTexts.sayAt("import:file", ConsoleTexts.ADMIN, "import.file.missing");
        return;
      }
      if (part.getSize() > ImportLimits.DEFAULT.maxBytes()) {
        ConsoleTexts.sayAt(
            "import:file",
            ConsoleTexts.ADMIN,
            "import.file.tooLarge",
            ImportLimits.DEFAULT.maxBytes() / (1024 * 1024));
        return;
      }
      try (InputStream in = part.getInputStream()) {
        summary = imports.importCsv(in, new ImportOptions(problems, existing));
      }
      importId = summary.id();
      progress = written() ? imports.progress(importId) : null;
      ConsoleTexts.say(
          written() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
          ConsoleTexts.ADMIN,
          written() ? "import.written" : "import.nothingWritten");
    } catch (ImportUnreadableException | ImportRefusedException | IOException e) {
      // the messages name no value; the page says it in its own words
      ConsoleTexts.sayAt("import:file", ConsoleTexts.ADMIN, "import.file.unreadable");
    } finally {
      Uploads.discard(part);
      file = null;
    }
  }

  /** Asks how far the start is (the page's poll). */
  public void refresh() {
    if (importId != null && written()) {
      progress = imports.progress(importId);
    }
  }

  /** Starts again the new people whose chunk failed. */
  public void retryFailed() {
    if (importId == null) {
      return;
    }
    try {
      progress = imports.retryFailed(importId);
      ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.ADMIN, "import.retrying");
    } catch (ImportRefusedException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.ADMIN, "import.retryRefused");
    }
  }

  /** Whether the import wrote people (its cases start). */
  private boolean written() {
    return summary != null
        && summary.state() != ImportState.REJECTED
        && summary.state() != ImportState.FAILED;
  }

  /** Whether the import wrote people: the page then shows the start. */
  public boolean isWritten() {
    return written();
  }

  public ImportSummary getSummary() {
    return summary;
  }

  public StartProgress getProgress() {
    return progress;
  }

  /** How far the start is, in whole percent of the new people. */
  public int getPercent() {
    if (progress == null || progress.total() == 0) {
      return written() ? 100 : 0;
    }
    return (int) Math.min(100, (progress.done() * 100L) / progress.total());
  }

  /**
   * Whether the start has ended (every new person has a case, or what failed waits for a retry).
   */
  public boolean isStartEnded() {
    return progress == null
        || progress.done() >= progress.total()
        || (!progress.running() && progress.done() + progress.failed() >= progress.total());
  }

  public boolean isMayRetry() {
    return progress != null && !progress.running() && progress.failed() > 0;
  }

  /** The report's first problems. */
  public List<ImportProblem> getProblems() {
    return summary == null
        ? List.of()
        : summary.problems().subList(0, Math.min(PROBLEMS_SHOWN, summary.problems().size()));
  }

  public List<ProblemPolicy> getProblemPolicies() {
    return List.of(ProblemPolicy.values());
  }

  public List<ExistingPolicy> getExistingPolicies() {
    return List.of(ExistingPolicy.values());
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public ProblemPolicy getProblemsPolicy() {
    return problems;
  }

  public void setProblemsPolicy(ProblemPolicy problems) {
    this.problems = problems == null ? ProblemPolicy.ALL_OR_NOTHING : problems;
  }

  public ExistingPolicy getExistingPolicy() {
    return existing;
  }

  public void setExistingPolicy(ExistingPolicy existing) {
    this.existing = existing == null ? ExistingPolicy.REJECT : existing;
  }
}
