package org.outreach.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditEventsResourceTest {

  @Test
  void aCellWithASeparatorOrAQuoteIsQuotedAndAFormulaIsNeutralised() {
    assertThat(AuditEventsResource.cell("it-sam")).isEqualTo("it-sam");
    assertThat(AuditEventsResource.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(AuditEventsResource.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(AuditEventsResource.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
    assertThat(AuditEventsResource.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(AuditEventsResource.cell("@x,y")).isEqualTo("\"'@x,y\"");
    assertThat(AuditEventsResource.cell(null)).isEmpty();
  }
}
