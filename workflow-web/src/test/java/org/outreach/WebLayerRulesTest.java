package org.outreach;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.outreach.access.SystemService;

@AnalyzeClasses(
    packages = "org.outreach",
    importOptions = {ImportOption.DoNotIncludeTests.class, WebLayerRulesTest.ThisModuleOnly.class})
class WebLayerRulesTest {

  /** The services the console calls are on the classpath too; the rules are about the console. */
  static final class ThisModuleOnly implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return location.contains("workflow-web/target/classes");
    }
  }

  @ArchTest
  static final ArchRule theRulesSeeTheConsole =
      com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
          .that()
          .haveSimpleName("Inbox")
          .should()
          .resideInAPackage("org.outreach.tasks.web");

  @ArchTest
  static final ArchRule theConsoleNeverTouchesTheEngine =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.camunda..")
          .because("the engine is reached only through our services");

  @ArchTest
  static final ArchRule entitiesDoNotReachPages =
      noClasses()
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(Entity.class)
          .because("pages bind to view objects, never to persistent state");

  @ArchTest
  static final ArchRule theWebLayerNeverCallsAServiceMeantForJobs =
      noClasses()
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(SystemService.class)
          .because(
              "those services trust their caller to have checked who is asking; web doors go"
                  + " through services that check roles and case access themselves");

  @ArchTest
  static final ArchRule theConsoleCompletesNoTaskWithoutARecord =
      noClasses()
          .should()
          .callMethodWhere(
              com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                      com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                          com.tngtech.archunit.core.domain.JavaClass.Predicates.type(
                              org.outreach.tasks.TaskInbox.class)))
                  .and(
                      com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                          com.tngtech.archunit.core.domain.properties.HasName.Predicates.name(
                              "complete"))))
          .because(
              "a task is completed by the service of its capability, in the transaction that"
                  + " records what was done; a page or a REST door never completes one bare");

  @ArchTest
  static final ArchRule pagesDoNotTalkToTheDatabase =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.persistence..", "javax.sql..", "java.sql..");

  /**
   * JAX-RS chooses one root resource by the literal characters of its path and never tries another:
   * a root path ending in a parameter ("cases/{caseId}") takes every request below it from the
   * resource of the shorter path ("cases"), which then answers 404.
   */
  @ArchTest
  static final ArchRule noRestRootPathEndsInAParameter =
      com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
          .that()
          .areAnnotatedWith(jakarta.ws.rs.Path.class)
          .should(
              new com.tngtech.archunit.lang.ArchCondition<
                  com.tngtech.archunit.core.domain.JavaClass>(
                  "have a root path that does not end in a parameter") {
                @Override
                public void check(
                    com.tngtech.archunit.core.domain.JavaClass resource,
                    com.tngtech.archunit.lang.ConditionEvents events) {
                  String path = resource.getAnnotationOfType(jakarta.ws.rs.Path.class).value();
                  if (path.strip().replaceAll("/+$", "").endsWith("}")) {
                    events.add(
                        com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                            resource, resource.getName() + " has the root path " + path));
                  }
                }
              });
}
