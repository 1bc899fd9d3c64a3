package org.outreach.cases;

import java.util.UUID;

/** What the caller learns about a case it opened. */
public record OpenedCase(UUID id, String reference, String processInstanceId) {}
