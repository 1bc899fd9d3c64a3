package org.outreach.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.Optional;
import org.outreach.text.FreeText;

/**
 * Every text typed into a console form ({@link FreeText}'s rules): stored in NFC, and refused next
 * to its field when it holds a bidirectional control or a control character, before any service
 * sees it. Registered for every {@code String} value, so no form can forget it. Passwords are left
 * exactly as typed: the sign-in door compares them byte for byte.
 */
@FacesConverter(forClass = String.class)
public class FreeTextConverter implements Converter<String> {

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isEmpty() || isPassword(component)) {
      return value;
    }
    Optional<String> broken = FreeText.brokenRule(value);
    if (broken.isPresent()) {
      String words =
          ConsoleTexts.text(
              ConsoleTexts.CONSOLE,
              broken.get().equals(FreeText.BIDI_RULE) ? "text.bidiControl" : "text.control");
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, words, words));
    }
    return FreeText.normalised(value);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return value == null ? "" : value;
  }

  private static boolean isPassword(UIComponent component) {
    String renderer = component.getRendererType();
    return renderer != null && (renderer.endsWith("Secret") || renderer.contains("Password"));
  }
}
