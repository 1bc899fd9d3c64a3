package org.outreach.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;

/**
 * The file a form's upload field received. Faces gives a file field no value for a file that was
 * chosen but is empty, the same as for no file at all; an empty file must be refused as empty, so
 * the part the browser sent is read back when Faces gave none.
 */
public final class Uploads {

  private Uploads() {}

  /**
   * The upload of the field: the value Faces bound, else the part the browser sent under the
   * field's client id, or {@code null} when the request carried none.
   */
  public static Part of(Part bound, String clientId) {
    if (bound != null) {
      return bound;
    }
    Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
    if (!(request instanceof HttpServletRequest http)
        || http.getContentType() == null
        || !http.getContentType().startsWith("multipart/")) {
      return null;
    }
    try {
      return http.getPart(clientId);
    } catch (IOException | ServletException | IllegalStateException e) {
      return null;
    }
  }

  /**
   * Whether a file was chosen: a file input left empty still sends a part, empty and without a file
   * name. (An empty file that was chosen goes on, to be refused as empty.)
   */
  public static boolean chosen(Part part) {
    if (part == null) {
      return false;
    }
    String name = part.getSubmittedFileName();
    return part.getSize() > 0 || (name != null && !name.isEmpty());
  }

  /** Lets the container drop the part's content now rather than at the end of the request. */
  public static void discard(Part part) {
    if (part == null) {
      return;
    }
    try {
      part.delete();
    } catch (IOException e) {
      // nothing was written to disk (the parts stay in memory); nothing to clean up
    }
  }
}
