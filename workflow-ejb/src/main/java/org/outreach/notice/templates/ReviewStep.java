package org.outreach.notice.templates;

import java.time.OffsetDateTime;

/** One step of a version's review as administrators see it. */
public record ReviewStep(ReviewAction action, String actor, OffsetDateTime at) {}
