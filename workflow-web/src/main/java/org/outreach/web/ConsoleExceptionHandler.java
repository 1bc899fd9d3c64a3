package org.outreach.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import org.primefaces.csp.CspException;

/**
 * What the console does with a failure no page handled: one log line under a new incident id
 * ({@link Incidents}), and the visitor sent to the failure page that shows the id ({@link
 * FailurePage}). An Ajax request is redirected too, where the Faces implementation would answer the
 * page's script with the exception's class and message, and log its whole stack. An expired view
 * keeps its own handling (the inbox, see {@code web.xml}), and so does a form sent without its
 * page's script nonce (bad input, answered 400 by {@link RefusedFormFilter}). A failure after the
 * page began to be sent cannot be redirected: it goes on, without the original exception, to {@link
 * FailureFilter}.
 */
public class ConsoleExceptionHandler extends ExceptionHandlerWrapper {

  public ConsoleExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    String incident = null;
    while (events.hasNext()) {
      Throwable failure = events.next().getContext().getException();
      if (expiredView(failure) || Causes.find(failure, CspException.class).isPresent()) {
        continue; // handled by the container (web.xml) and RefusedFormFilter
      }
      events.remove();
      if (incident == null) {
        incident = Incidents.record("Console request", path(faces), failure);
      }
    }
    if (incident != null) {
      ExternalContext external = faces.getExternalContext();
      if (external.isResponseCommitted()) {
        throw new RecordedFailure(incident);
      }
      try {
        external.redirect(
            external.getRequestContextPath() + FailurePage.PATH + "?incident=" + incident);
      } catch (IOException | RuntimeException e) {
        throw new RecordedFailure(incident);
      }
      faces.responseComplete();
    }
    getWrapped().handle();
  }

  static boolean expiredView(Throwable failure) {
    return Causes.find(failure, ViewExpiredException.class).isPresent();
  }

  private static String path(FacesContext faces) {
    return faces.getExternalContext().getRequest() instanceof HttpServletRequest request
        ? request.getRequestURI()
        : null;
  }

  /** Registered in {@code faces-config.xml}. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ConsoleExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
