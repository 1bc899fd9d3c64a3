package org.outreach.cases.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.outreach.cases.CaseOpening;
import org.outreach.cases.OpenedCase;
import org.outreach.processes.Teams;

/** Backs {@code cases/start.xhtml}: opens a case without a person, for trying the flow. */
@Named
@RequestScoped
public class StartDemoCase {

  @EJB private CaseOpening caseOpening;

  private String openedReference;

  public void open() {
    OpenedCase opened = caseOpening.openCase();
    openedReference = opened.reference();
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO, "Case " + opened.reference() + " opened.", null));
  }

  /**
   * The team the first task of a new demo case goes to: a case without a person has whereabouts
   * unknown, so it starts with locating the person.
   */
  public String getFirstTeam() {
    return Teams.LOCATE;
  }

  public String getOpenedReference() {
    return openedReference;
  }
}
