package org.outreach.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lets go of what Faces keeps in a session for a page it has already forgotten.
 *
 * <p>Faces keeps the view-scoped beans of a session's last 25 pages ({@value #VIEW_MAPS}); opening
 * a 26th forgets the oldest and destroys its beans. Beside them Mojarra (4.0.13, the version this
 * server ships) keeps, for the view-scoped CDI beans, a second map of every page's bean names
 * ({@value #VIEW_CONTEXTS}), and it removes nothing from that map until the session ends: a
 * caseworker's session grows by an entry for every page she opens, all day, and on servers that
 * share their sessions the whole map is sent to the other server again each time it grows. After
 * each request this filter removes from the second map the pages the first no longer holds, whose
 * beans are already destroyed.
 *
 * <p>A page is put into the first map before the second, under the first map's lock, and page ids
 * are random and never reused. So the second map's ids are read first and the first map's after: an
 * id read in the second that is then missing from the first was forgotten, never one being added by
 * a request running beside this one.
 */
@WebFilter(servletNames = "Faces Servlet")
public class ViewContextPruning extends HttpFilter {

  /** Mojarra's session attribute of the pages whose view-scoped beans are kept (an LRU map). */
  static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";

  /** Mojarra's session attribute of the view-scoped CDI beans' names, by page. */
  static final String VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } finally {
      HttpSession session = request.getSession(false);
      if (session != null) {
        prune(session);
      }
    }
  }

  private static void prune(HttpSession session) {
    Object contexts;
    Object viewMaps;
    try {
      contexts = session.getAttribute(VIEW_CONTEXTS);
      viewMaps = session.getAttribute(VIEW_MAPS);
    } catch (IllegalStateException invalidated) {
      // the request ended the session (sign-out): Faces has let go of everything
      return;
    }
    if (contexts instanceof Map<?, ?> contextMap && viewMaps instanceof Map<?, ?> viewMap) {
      if (forget(contextMap, viewMap) > 0) {
        try {
          // marks the attribute changed, for a server that sends sessions to another
          session.setAttribute(VIEW_CONTEXTS, contextMap);
        } catch (IllegalStateException invalidated) {
          // ended meanwhile by another request of the same session
        }
      }
    }
  }

  /**
   * Removes from {@code contexts} every page that {@code viewMaps} no longer holds, and says how
   * many. The keys of {@code contexts} are read before those of {@code viewMaps} (see the class's
   * comment), each under the lock its writers take.
   */
  static int forget(Map<?, ?> contexts, Map<?, ?> viewMaps) {
    List<Object> pages;
    synchronized (contexts) {
      pages = new ArrayList<>(contexts.keySet());
    }
    List<Object> forgotten = new ArrayList<>();
    synchronized (viewMaps) {
      for (Object page : pages) {
        if (!viewMaps.containsKey(page)) {
          forgotten.add(page);
        }
      }
    }
    synchronized (contexts) {
      forgotten.forEach(contexts::remove);
    }
    return forgotten.size();
  }
}
