package org.outreach.it.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.outreach.notice.templates.TemplateReview;
import org.outreach.notice.templates.TemplateType;

/**
 * Test-only setup: approves the seeded texts of the notice, the custody notice and the neutral
 * email, so letters can be printed, emails sent and the notice page shown.
 */
@WebServlet("/notice-texts/approved")
public class NoticeTextsFixtureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject TemplateReview review;
  @Inject AsAdmin asAdmin;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    asAdmin.run(
        () ->
            ApprovedTexts.approveLatest(
                review,
                TemplateType.NOTICE,
                TemplateType.IN_CUSTODY_NOTICE,
                TemplateType.NEUTRAL_EMAIL));
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
