package org.outreach.notice.evidence;

import java.time.Instant;
import java.util.List;
import org.outreach.audit.AccessPurpose;

/**
 * Proof of notice for one case: every notice and answer, oldest first, and who asked for it when
 * and why. It names the case by its reference and nobody by name.
 */
public record EvidenceBundle(
    String caseReference,
    Instant generatedAt,
    String generatedBy,
    AccessPurpose purpose,
    List<NoticeProof> notices) {}
