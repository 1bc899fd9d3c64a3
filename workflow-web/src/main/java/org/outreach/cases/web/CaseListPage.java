package org.outreach.cases.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.outreach.cases.CampaignFunnel;
import org.outreach.mail.outbox.EmailStatus;
import org.outreach.notice.letters.LetterStatus;
import org.outreach.web.ConsoleDateTimes;
import org.outreach.web.ConsoleTexts;
import org.outreach.web.Pager;

/**
 * Backs {@code cases/list.xhtml}: the cases behind one figure of the dashboard, oldest first,
 * {@value #PAGE} a page: a figure of the funnel (a population, {@code ALL} or {@code NONE}, and a
 * stage), or one of the notices sent in writing (a channel, {@code EMAIL} or {@code LETTER}, and
 * the state its own table names). Only references, dates and states are shown, so nothing here is
 * audited; a case opens in the case view, which asks for the purpose and audits the read.
 */
@Named
@ViewScoped
public class CaseListPage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE = 50;

  @EJB private CampaignFunnel funnel;

  private String population;
  private String stage;
  private String channel;
  private String state;
  private CampaignFunnel.WrittenChannel chosenChannel;
  private CampaignFunnel.Population chosenPopulation;
  private CampaignFunnel.Stage chosenStage;
  private final Pager pager = new Pager(PAGE);
  private List<Row> rows;
  private Long withoutCase;

  /** One case as the page shows it. */
  public record Row(String reference, String opened, String status) implements Serializable {}

  /** Reads the figure from the address; a figure that does not exist is said, nothing listed. */
  public void load() {
    if (channel != null && !channel.isBlank()) {
      chosenChannel = writtenChannelOf(channel, state);
      if (chosenChannel == null) {
        ConsoleTexts.say(FacesMessage.SEVERITY_ERROR, ConsoleTexts.DASHBOARD, "list.noSuchFigure");
      }
      return;
    }
    chosenPopulation = populationOf(population);
    chosenStage = stageOf(stage);
    if (chosenPopulation == null || chosenStage == null) {
      ConsoleTexts.say(FacesMessage.SEVERITY_ERROR, ConsoleTexts.DASHBOARD, "list.noSuchFigure");
    }
  }

  private static CampaignFunnel.Population populationOf(String text) {
    if (text == null || text.isBlank()) {
      return CampaignFunnel.Population.all();
    }
    return CampaignFunnel.Population.named(text).orElse(null);
  }

  private static CampaignFunnel.Stage stageOf(String text) {
    if (text == null || text.isBlank()) {
      return CampaignFunnel.Stage.OPENED;
    }
    for (CampaignFunnel.Stage each : CampaignFunnel.Stage.values()) {
      if (each.name().equals(text)) {
        return each;
      }
    }
    return null;
  }

  /** The channel named, when {@code state} is one of its states; none otherwise. */
  private static CampaignFunnel.WrittenChannel writtenChannelOf(String channel, String state) {
    if (state == null) {
      return null;
    }
    if ("EMAIL".equals(channel)
        && Arrays.stream(EmailStatus.values()).anyMatch(each -> each.name().equals(state))) {
      return CampaignFunnel.WrittenChannel.EMAIL;
    }
    if ("LETTER".equals(channel)
        && Arrays.stream(LetterStatus.values()).anyMatch(each -> each.name().equals(state))) {
      return CampaignFunnel.WrittenChannel.LETTER;
    }
    return null;
  }

  public boolean isKnown() {
    return chosenChannel != null || (chosenPopulation != null && chosenStage != null);
  }

  public List<Row> getRows() {
    if (!isKnown()) {
      return List.of();
    }
    if (rows == null) {
      CampaignFunnel.Found found =
          chosenChannel != null
              ? funnel.casesWithNotice(chosenChannel, state, pager.first(), PAGE)
              : funnel.cases(chosenPopulation, chosenStage, pager.first(), PAGE);
      pager.total(found.total());
      rows =
          found.cases().stream()
              .map(
                  listed ->
                      new Row(
                          listed.reference(),
                          ConsoleDateTimes.shown(listed.openedAt()),
                          listed.status().name()))
              .toList();
    }
    return rows;
  }

  /**
   * For the people imported: how many of them have no case (the list holds the cases of the
   * others); none for every other figure.
   */
  public Long getPeopleWithoutCase() {
    if (!isKnown() || chosenStage != CampaignFunnel.Stage.IMPORTED) {
      return null;
    }
    if (withoutCase == null) {
      withoutCase = funnel.peopleWithoutCase(chosenPopulation);
    }
    return withoutCase;
  }

  /** The figure's name: its population and its stage, in the page's language. */
  public String getFigure() {
    if (!isKnown()) {
      return "";
    }
    if (chosenChannel != null) {
      return chosenChannel == CampaignFunnel.WrittenChannel.EMAIL
          ? ConsoleTexts.text(ConsoleTexts.DASHBOARD, "list.emails")
              + " · "
              + ConsoleTexts.text(ConsoleTexts.CASES, "email.status." + state)
          : ConsoleTexts.text(ConsoleTexts.DASHBOARD, "list.letters")
              + " · "
              + ConsoleTexts.text(ConsoleTexts.DASHBOARD, "letter." + state);
    }
    String populationName =
        chosenPopulation.every()
            ? ConsoleTexts.text(ConsoleTexts.DASHBOARD, "funnel.total")
            : ConsoleTexts.text(ConsoleTexts.DASHBOARD, "population." + chosenPopulation.key());
    return populationName
        + " · "
        + ConsoleTexts.text(ConsoleTexts.DASHBOARD, "stage." + chosenStage.name());
  }

  public void next() {
    if (pager.next()) {
      rows = null;
    }
  }

  public void previous() {
    if (pager.previous()) {
      rows = null;
    }
  }

  /** Where the list stands, the page read first. */
  public Pager getPager() {
    getRows();
    return pager;
  }

  public String getPopulation() {
    return population;
  }

  public void setPopulation(String population) {
    this.population = population;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }
}
