package org.outreach.tasks.web;

import jakarta.faces.application.FacesMessage;
import org.outreach.tasks.TaskNotAvailableException;
import org.outreach.web.ConsoleTexts;

/** How the console tells a caseworker that a task is not theirs to work, in their language. */
final class TaskMessages {

  private TaskMessages() {}

  static void sayNotAvailable(TaskNotAvailableException e) {
    switch (e.reason()) {
      case CLAIMED_BY_SOMEONE_ELSE ->
          ConsoleTexts.say(
              FacesMessage.SEVERITY_WARN,
              ConsoleTexts.CONSOLE,
              "inbox.claimedBySomeoneElse",
              e.claimedBy());
      case NOT_CLAIMED_BY_YOU ->
          ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.CONSOLE, "inbox.claimFirst");
      default ->
          ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.CONSOLE, "inbox.notAvailable");
    }
  }
}
