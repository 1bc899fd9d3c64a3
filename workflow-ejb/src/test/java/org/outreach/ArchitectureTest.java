package org.outreach;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.JavaDelegate;

@AnalyzeClasses(packages = "org.outreach", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule delegatesAreNamedBeansInProcessPackages =
      classes()
          .that()
          .implement(JavaDelegate.class)
          .should()
          .beAnnotatedWith(Named.class)
          .andShould()
          .beAnnotatedWith(ApplicationScoped.class)
          .andShould()
          .resideInAPackage("..process..")
          .because(
              "models call delegates by bean name; one shared instance, so the engine's lookups"
                  + " create no dependent objects that nobody destroys");

  @ArchTest
  static final ArchRule onlyTheEnginePackageBuildsOrConfiguresTheEngine =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.outreach.engine..")
          .should()
          .dependOnClassesThat()
          .haveNameMatching("org\\.camunda\\.bpm\\.engine\\.impl\\.cfg\\..*Configuration.*")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.camunda.bpm.engine.ProcessEngines")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule delegatesDoNotReachTheDatabaseThemselves =
      noClasses()
          .that()
          .implement(JavaDelegate.class)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.persistence..", "java.sql..", "javax.sql..")
          .because("a delegate calls a service, which owns the transaction and the data");

  @ArchTest
  static final ArchRule capabilitiesDoNotDependOnEachOtherInACircle =
      slices()
          .matching("org.outreach.(*)..")
          .should()
          .beFreeOfCycles()
          .because(
              "each capability owns its state and builds on the ones below it; a way back up would"
                  + " tie two capabilities into one");

  @ArchTest
  static final ArchRule theUsersCapabilityDoesNotDependOnCases =
      noClasses()
          .that()
          .resideInAPackage("org.outreach.users..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.outreach.cases..", "org.outreach.tasks..");

  @ArchTest
  static final ArchRule theRegistryDependsOnNoCapabilityBuiltOnIt =
      noClasses()
          .that()
          .resideInAPackage("org.outreach.registry..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.outreach.cases..",
              "org.outreach.importing..",
              "org.outreach.synthetic..",
              "org.outreach.documents..",
              "org.outreach.rotation..")
          .because(
              "cases, the import, the synthetic people, the documents and the key rotation across"
                  + " them build on the registry; a way back would tie them in a cycle");
}
