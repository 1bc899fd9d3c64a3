package org.outreach.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrators' form for a new caseworker account of the locate team, sent over HTTP as the
 * page's script sends it: with the page's view state and, unless told otherwise, its script nonce.
 */
public final class AccountForm {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private static final Pattern SCRIPT_NONCE = Pattern.compile("script-src [^;]*'nonce-([^']+)'");

  private AccountForm() {}

  /**
   * Opens the accounts page in {@code admin}'s session and sends its form for {@code username}.
   *
   * @param console the console's address, ending in {@code /outreach/}
   * @return the form's answer
   */
  public static HttpResponse<String> send(
      HttpClient admin, URI console, String username, String password, boolean withNonce)
      throws IOException, InterruptedException {
    URI accounts = console.resolve("admin/accounts.xhtml");
    HttpResponse<String> page =
        admin.send(HttpRequest.newBuilder(accounts).build(), HttpResponse.BodyHandlers.ofString());
    Matcher viewState = VIEW_STATE.matcher(page.body());
    Matcher nonce =
        SCRIPT_NONCE.matcher(String.join(" ", page.headers().allValues("Content-Security-Policy")));
    if (page.statusCode() != 200 || !viewState.find() || !nonce.find()) {
      throw new IllegalStateException("the accounts page answered " + page.statusCode());
    }
    String secret = URLEncoder.encode(password, StandardCharsets.UTF_8);
    String form =
        String.join(
            "&",
            "account=account",
            "account%3Ausername=" + URLEncoder.encode(username, StandardCharsets.UTF_8),
            "account%3AdisplayName=Caseworker",
            "account%3Arole=CASEWORKER",
            "account%3Ateams=locate-team",
            "account%3Apassword=" + secret,
            "account%3ApasswordAgain=" + secret,
            "account%3Acreate=",
            "jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8)
                + (withNonce ? "&primefaces.nonce=" + nonce.group(1) : ""));
    return admin.send(
        HttpRequest.newBuilder(accounts)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
