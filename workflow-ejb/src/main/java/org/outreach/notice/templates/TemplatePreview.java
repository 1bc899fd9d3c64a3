package org.outreach.notice.templates;

/**
 * A version rendered for review with a fictitious person, whatever its status: for an
 * administrator's eyes only, never sent.
 *
 * @param sample which fictitious person filled it in (the same sample gives the same person)
 */
public record TemplatePreview(
    TemplateVersionView version, int sample, String subject, String body, String sha256) {}
