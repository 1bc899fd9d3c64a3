package org.outreach.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImportOptionsTest {

  @Test
  void withoutParametersAnImportIsAllOrNothingAndRejectsRegisteredANumbers() {
    assertThat(ImportOptions.parse(null, " ")).isEqualTo(ImportOptions.DEFAULT);
    assertThat(ImportOptions.DEFAULT.problems()).isEqualTo(ProblemPolicy.ALL_OR_NOTHING);
    assertThat(ImportOptions.DEFAULT.existing()).isEqualTo(ExistingPolicy.REJECT);
  }

  @Test
  void keepValidAndUpdateMustBeAskedForExplicitly() {
    ImportOptions options = ImportOptions.parse("keep-valid", "UPDATE");

    assertThat(options.problems()).isEqualTo(ProblemPolicy.KEEP_VALID);
    assertThat(options.existing()).isEqualTo(ExistingPolicy.UPDATE);
  }

  @Test
  void unknownValuesAreRefusedNamingTheParameter() {
    assertThatThrownBy(() -> ImportOptions.parse("partial", null))
        .hasMessage("mode must be all-or-nothing or keep-valid");
    assertThatThrownBy(() -> ImportOptions.parse(null, "merge"))
        .hasMessage("existing must be reject or update");
  }
}
