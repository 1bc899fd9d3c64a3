package org.outreach.notice.templates;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A template version as administrators list it: everything but its text. */
public record TemplateVersionView(
    UUID id,
    TemplateType type,
    TemplateLanguage language,
    int version,
    TemplateStatus status,
    String sha256,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime approvedAt,
    String approvedBy,
    OffsetDateTime retiredAt,
    String retiredBy) {}
