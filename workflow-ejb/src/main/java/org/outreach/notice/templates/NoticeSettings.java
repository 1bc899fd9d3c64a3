package org.outreach.notice.templates;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.outreach.campaign.SettingValues;

/**
 * What notices tell people about reaching the outreach team, and how the notice page guards itself,
 * read like the campaign's settings: system property, else environment variable ({@code
 * outreach.team.phone} is {@code OUTREACH_TEAM_PHONE}), else the default. A malformed value is
 * refused naming the property, never echoing it.
 *
 * @param outreachPhone the team's telephone number, as people dial it
 * @param outreachMail the team's address for replies
 * @param noticePageAddress the notice page's address as emails give it: nothing after its path
 * @param pageFailuresPerReference failed tries of one case reference before it is locked
 * @param pageReferenceWindow how long failed tries of a reference count
 * @param pageFailuresPerAddress failed tries from one client address before it is locked
 * @param pageAddressWindow how long failed tries from an address count
 */
public record NoticeSettings(
    String outreachPhone,
    String outreachMail,
    String noticePageAddress,
    int pageFailuresPerReference,
    Duration pageReferenceWindow,
    int pageFailuresPerAddress,
    Duration pageAddressWindow) {

  public static final String OUTREACH_PHONE = "outreach.team.phone";
  public static final String OUTREACH_MAIL = "outreach.team.mail";
  public static final String NOTICE_PAGE_ADDRESS = "outreach.notice-page.address";
  public static final String PAGE_FAILURES_PER_REFERENCE =
      "outreach.notice-page.reference-failures";
  public static final String PAGE_REFERENCE_WINDOW = "outreach.notice-page.reference-window";
  public static final String PAGE_FAILURES_PER_ADDRESS = "outreach.notice-page.address-failures";
  public static final String PAGE_ADDRESS_WINDOW = "outreach.notice-page.address-window";

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]{4,30}");
  private static final Pattern MAIL = Pattern.compile("[^\\s@<>\"]+@[^\\s@<>\"]+");

  /** The settings of this server, read on every call so a changed property takes effect. */
  public static NoticeSettings current() {
    return from(SettingValues.ofServer());
  }

  /** The settings as {@code lookup} gives them; {@code null} or blank means the default. */
  public static NoticeSettings from(UnaryOperator<String> lookup) {
    return new NoticeSettings(
        matching(lookup, OUTREACH_PHONE, "+1 202 555 0100", PHONE, "a telephone number"),
        matching(
            lookup,
            OUTREACH_MAIL,
            SettingValues.text(lookup, "outreach.mail.from", "outreach@localhost"),
            MAIL,
            "an email address"),
        pageAddress(lookup),
        SettingValues.positiveInt(lookup, PAGE_FAILURES_PER_REFERENCE, 5),
        SettingValues.positiveDuration(lookup, PAGE_REFERENCE_WINDOW, "P1D"),
        SettingValues.positiveInt(lookup, PAGE_FAILURES_PER_ADDRESS, 20),
        SettingValues.positiveDuration(lookup, PAGE_ADDRESS_WINDOW, "PT1H"));
  }

  private static String pageAddress(UnaryOperator<String> lookup) {
    String value =
        SettingValues.text(
            lookup, NOTICE_PAGE_ADDRESS, "http://localhost:8080/outreach/notice.xhtml");
    try {
      URI address = new URI(value);
      String scheme =
          address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("https") || scheme.equals("http"))
          && address.getHost() != null
          && address.getRawQuery() == null
          && address.getRawFragment() == null
          && address.getRawUserInfo() == null) {
        return value;
      }
    } catch (URISyntaxException e) {
      // answered below
    }
    throw new IllegalArgumentException(
        NOTICE_PAGE_ADDRESS + ": must be an http or https address with nothing after its path");
  }

  private static String matching(
      UnaryOperator<String> lookup, String name, String fallback, Pattern rule, String what) {
    String value = SettingValues.text(lookup, name, fallback);
    if (!rule.matcher(value).matches()) {
      throw new IllegalArgumentException(name + ": must be " + what);
    }
    return value;
  }
}
