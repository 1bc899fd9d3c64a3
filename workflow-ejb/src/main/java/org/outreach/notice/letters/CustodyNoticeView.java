package org.outreach.notice.letters;

import java.util.UUID;

/** A notice printed for hand delivery in custody, as evidence: no personal data. */
public record CustodyNoticeView(
    UUID id,
    UUID batchId,
    UUID caseId,
    String language,
    String templateVersion,
    String englishTemplateVersion,
    String documentSha256,
    int pages) {}
