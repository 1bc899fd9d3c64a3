package org.outreach.it.support;

import java.lang.reflect.Method;
import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes that use the application with the test fixtures from outside ({@code
 * Deployments.outreachWithFixtures()}, {@code testable = false}) first and one after another, so
 * that {@link KeptDeployment} deploys it once for all of them; then the others, each with its own
 * deployment. By class name within each group.
 */
public class SharedDeploymentFirst implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparing((ClassDescriptor descriptor) -> !shared(descriptor.getTestClass()))
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
  }

  private static boolean shared(Class<?> testClass) {
    for (Method method : testClass.getDeclaredMethods()) {
      org.jboss.arquillian.container.test.api.Deployment deployment =
          method.getAnnotation(org.jboss.arquillian.container.test.api.Deployment.class);
      if (deployment != null) {
        return !deployment.testable();
      }
    }
    return false;
  }
}
