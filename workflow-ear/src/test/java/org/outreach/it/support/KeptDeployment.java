package org.outreach.it.support;

import java.util.List;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the application with the test fixtures ({@link Deployments#outreachWithFixtures()}, for
 * tests that run as a client) once for all the test classes in a row that ask for it, instead of
 * once per class: the next class that asks for it finds it deployed; a class that asks for another
 * deployment has it undeployed first; the end of the run undeploys it. {@link
 * SharedDeploymentFirst} runs those classes one after another. The database is shared by every
 * class anyway; what is kept besides is what the application holds in memory between two classes.
 */
public class KeptDeployment implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Keeper.class);
  }

  /** The shared deployment: the application with the fixtures' module, tested from outside. */
  static boolean shared(DeploymentDescription description) {
    if (!description.isArchiveDeployment() || description.testable()) {
      return false;
    }
    Archive<?> archive = description.getArchive();
    return archive.contains("/" + Deployments.FIXTURES_MODULE);
  }

  public static class Keeper {

    private static final Logger LOG = Logger.getLogger(KeptDeployment.class.getName());

    /** What is deployed and kept, and where; null when nothing is. */
    private static Container<?> keptIn;

    private static Deployment kept;

    @Inject private Instance<DeploymentScenario> scenario;
    @Inject private Instance<ContainerRegistry> registry;
    @Inject private Event<UnDeployDeployment> undeploy;

    public void deploy(@Observes EventContext<DeployManagedDeployments> context) throws Exception {
      List<Deployment> deployments = scenario.get().managedDeploymentsInDeployOrder();
      boolean sharedOnly = deployments.size() == 1 && shared(deployments.get(0).getDescription());
      if (sharedOnly && kept != null) {
        deployments.get(0).deployed();
        LOG.info("The application with the test fixtures is deployed already: kept");
        return;
      }
      undeployKept();
      context.proceed();
      if (sharedOnly && deployments.get(0).isDeployed()) {
        kept = deployments.get(0);
        keptIn = registry.get().getContainer(kept.getDescription().getTarget());
      }
    }

    public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
      List<Deployment> deployed = scenario.get().deployedDeploymentsInUnDeployOrder();
      if (kept != null && deployed.size() == 1 && shared(deployed.get(0).getDescription())) {
        return;
      }
      context.proceed();
    }

    public void afterSuite(@Observes(precedence = 100) AfterSuite event) {
      undeployKept();
    }

    /** Undeploys what is kept, as the server's own undeployment of a class's deployment does. */
    private void undeployKept() {
      if (kept == null) {
        return;
      }
      Deployment deployment = kept;
      Container<?> container = keptIn;
      kept = null;
      keptIn = null;
      undeploy.fire(new UnDeployDeployment(container, deployment));
    }
  }
}
