package org.outreach.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatisticsDimensionTest {

  @Test
  void aDimensionIsNamedInAnyCase() {
    assertThat(StatisticsDimension.named("rows", " Nationality "))
        .isEqualTo(StatisticsDimension.NATIONALITY);
    assertThat(StatisticsDimension.named("columns", "outcome"))
        .isEqualTo(StatisticsDimension.OUTCOME);
  }

  @Test
  void aFieldThatIdentifiesAPersonIsRefusedByName() {
    assertThatThrownBy(() -> StatisticsDimension.named("rows", "A-Number"))
        .isInstanceOf(InvalidStatisticsRequestException.class)
        .hasMessage(
            "rows: anumber identifies a person and cannot be counted by; choose one of population,"
                + " nationality, facility, language, outcome");
    assertThatThrownBy(() -> StatisticsDimension.named("columns", "date_of_birth"))
        .hasMessageStartingWith("columns: dateofbirth identifies a person");
  }

  @Test
  void anythingElseIsRefusedWithoutRepeatingIt() {
    assertThatThrownBy(() -> StatisticsDimension.named("rows", "Family-7c1e"))
        .isInstanceOf(InvalidStatisticsRequestException.class)
        .hasMessage(
            "rows: not a dimension; choose one of population, nationality, facility, language,"
                + " outcome");
    assertThatThrownBy(() -> StatisticsDimension.named("rows", " "))
        .hasMessageStartingWith("rows: required");
  }
}
