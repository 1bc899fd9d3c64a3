package org.outreach.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/** Makes the engine's services injectable into our own services (never into the web layer). */
@ApplicationScoped
public class EngineServices {

  @Inject private ProcessEngineBootstrap bootstrap;

  @Produces
  RuntimeService runtimeService() {
    return bootstrap.processEngine().getRuntimeService();
  }

  @Produces
  TaskService taskService() {
    return bootstrap.processEngine().getTaskService();
  }

  @Produces
  RepositoryService repositoryService() {
    return bootstrap.processEngine().getRepositoryService();
  }

  @Produces
  HistoryService historyService() {
    return bootstrap.processEngine().getHistoryService();
  }

  @Produces
  ManagementService managementService() {
    return bootstrap.processEngine().getManagementService();
  }

  @Produces
  IdentityService identityService() {
    return bootstrap.processEngine().getIdentityService();
  }
}
