package org.outreach.privacy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "org.outreach.privacy",
    importOptions = ImportOption.DoNotIncludeTests.class)
class PrivacyRulesTest {

  @ArchTest
  static final ArchRule theCryptographicCoreNeedsOnlyTheJdk =
      classes()
          .that()
          .resideInAPackage("org.outreach.privacy..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "javax.crypto..", "org.outreach.privacy..")
          .because("keys and values must not pass through a library that could log or keep them");

  @ArchTest
  static final ArchRule theCryptographicCoreWritesNothingOut =
      noClasses()
          .that()
          .resideInAPackage("org.outreach.privacy..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.util.logging..", "java.io..")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.lang.System$Logger")
          .because("no key, value or index is ever logged or printed from here");
}
