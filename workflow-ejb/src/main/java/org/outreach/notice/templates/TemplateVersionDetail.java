package org.outreach.notice.templates;

import java.util.List;
import java.util.Set;

/** A template version with its text, the placeholders it names and its review so far. */
public record TemplateVersionDetail(
    TemplateVersionView version,
    String subject,
    String body,
    Set<Placeholder> placeholders,
    List<ReviewStep> review) {}
