package org.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PagerTest {

  @Test
  void turnsThroughEveryPageAndNoFurther() {
    Pager pager = new Pager(50);
    pager.total(101);
    assertThat(pager.isFirstPage()).isTrue();
    assertThat(pager.getShownFrom()).isEqualTo(1);
    assertThat(pager.getShownTo()).isEqualTo(50);
    assertThat(pager.previous()).isFalse();
    assertThat(pager.next()).isTrue();
    assertThat(pager.next()).isTrue();
    assertThat(pager.first()).isEqualTo(100);
    assertThat(pager.getShownFrom()).isEqualTo(101);
    assertThat(pager.getShownTo()).isEqualTo(101);
    assertThat(pager.isLastPage()).isTrue();
    assertThat(pager.next()).isFalse();
    assertThat(pager.previous()).isTrue();
    assertThat(pager.first()).isEqualTo(50);
    pager.reset();
    assertThat(pager.first()).isZero();
  }

  @Test
  void anEmptyListShowsNothingOnOnePage() {
    Pager pager = new Pager(50);
    pager.total(0);
    assertThat(pager.getShownFrom()).isZero();
    assertThat(pager.getShownTo()).isZero();
    assertThat(pager.isFirstPage()).isTrue();
    assertThat(pager.isLastPage()).isTrue();
    assertThat(pager.next()).isFalse();
  }

  @Test
  void aPageHoldsAtLeastOneRow() {
    assertThatThrownBy(() -> new Pager(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
