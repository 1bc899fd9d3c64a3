package org.outreach.it.support;

import java.util.List;
import org.outreach.notice.templates.TemplateLanguage;
import org.outreach.notice.templates.TemplateReview;
import org.outreach.notice.templates.TemplateStatus;
import org.outreach.notice.templates.TemplateType;
import org.outreach.notice.templates.TemplateVersionView;

/**
 * Approves the seeded notice texts a test renders, through the administrators' review door: the
 * latest version of each language that has none approved. Call it as an administrator.
 */
public final class ApprovedTexts {

  private ApprovedTexts() {}

  public static void approveLatest(TemplateReview review, TemplateType... types) {
    for (TemplateType type : types) {
      for (TemplateLanguage language : TemplateLanguage.values()) {
        List<TemplateVersionView> versions = review.versions(type, language, null);
        if (!versions.isEmpty()
            && versions.stream().noneMatch(v -> v.status() == TemplateStatus.APPROVED)) {
          review.approve(versions.get(versions.size() - 1).id());
        }
      }
    }
  }
}
