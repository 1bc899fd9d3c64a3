package org.outreach.it.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Test-only, for the worklist benchmark's peer: the bare engine's task query for the first page of
 * a caseworker's inbox on the server's own database, with its count, and nothing else (no case, no
 * person, no page). {@code GET /task-query?team=locate-team&user=it-carmen} answers the number of
 * tasks on the page.
 */
@WebServlet("/task-query")
public class TaskQueryFixtureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject TaskService taskService;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String team = request.getParameter("team");
    String user = request.getParameter("user");
    TaskQuery query =
        taskService
            .createTaskQuery()
            .active()
            .or()
            .taskCandidateGroup(team)
            .taskAssignee(user)
            .endOr();
    long count = query.count();
    List<Task> page =
        query.orderByTaskPriority().desc().orderByTaskCreateTime().asc().listPage(0, 50);
    response.setContentType("text/plain");
    response.getWriter().print(page.size() + " of " + count);
  }
}
