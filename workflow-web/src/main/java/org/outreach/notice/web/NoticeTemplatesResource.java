package org.outreach.notice.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.outreach.notice.templates.NoticeTextException;
import org.outreach.notice.templates.SeedingReport;
import org.outreach.notice.templates.TemplateLanguage;
import org.outreach.notice.templates.TemplatePreview;
import org.outreach.notice.templates.TemplateReview;
import org.outreach.notice.templates.TemplateReviewException;
import org.outreach.notice.templates.TemplateStatus;
import org.outreach.notice.templates.TemplateType;
import org.outreach.notice.templates.TemplateVersionDetail;
import org.outreach.notice.templates.TemplateVersionView;
import org.outreach.notice.templates.UnknownTemplateVersionException;
import org.outreach.web.BadParameterException;
import org.outreach.web.Problems;
import org.outreach.web.RequestParameters;

/**
 * The review of notice texts for administrators, under {@code /api/admin/notice-templates}: list
 * versions ({@code ?type=&language=&status=}), read one, preview it with a fictitious person
 * ({@code /{id}/preview?sample=}), approve or retire it ({@code POST /{id}/approve}, {@code POST
 * /{id}/retire}), and what the seeding at start did ({@code /seeding}). A step the version's state
 * or the rules refuse is a 409 naming the rule; an unknown id a 404.
 */
@Path("admin/notice-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NoticeTemplatesResource {

  @EJB private TemplateReview review;

  @GET
  public Response versions(
      @QueryParam("type") String type,
      @QueryParam("language") String language,
      @QueryParam("status") String status) {
    TemplateType typeFilter = choice("type", type, TemplateType.class);
    TemplateStatus statusFilter = choice("status", status, TemplateStatus.class);
    TemplateLanguage languageFilter = language(language);
    return answer(
        () ->
            review.versions(typeFilter, languageFilter, statusFilter).stream()
                .map(NoticeTemplatesResource::json)
                .toList());
  }

  @GET
  @Path("seeding")
  public Response seeding() {
    return answer(() -> json(review.lastSeeding()));
  }

  @GET
  @Path("{id}")
  public Response version(@PathParam("id") String id) {
    UUID versionId = id(id);
    return answer(
        () -> {
          TemplateVersionDetail detail = review.version(versionId);
          Map<String, Object> body = json(detail.version());
          body.put("subject", detail.subject());
          body.put("body", detail.body());
          body.put("placeholders", detail.placeholders().stream().map(Enum::name).toList());
          body.put(
              "review",
              detail.review().stream()
                  .map(
                      step -> {
                        Map<String, Object> entry = new LinkedHashMap<>();
                        entry.put("action", step.action().name());
                        entry.put("actor", step.actor());
                        entry.put("at", step.at().toString());
                        return entry;
                      })
                  .toList());
          return body;
        });
  }

  @GET
  @Path("{id}/preview")
  public Response preview(@PathParam("id") String id, @QueryParam("sample") String sample) {
    UUID versionId = id(id);
    int number = RequestParameters.integer("sample", sample, 0, 0, 99);
    return answer(
        () -> {
          TemplatePreview preview = review.preview(versionId, number);
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("version", json(preview.version()));
          body.put("sample", preview.sample());
          body.put("subject", preview.subject());
          body.put("body", preview.body());
          body.put("sha256", preview.sha256());
          return body;
        });
  }

  @POST
  @Path("{id}/approve")
  public Response approve(@PathParam("id") String id) {
    UUID versionId = id(id);
    return answer(() -> json(review.approve(versionId)));
  }

  @POST
  @Path("{id}/retire")
  public Response retire(@PathParam("id") String id) {
    UUID versionId = id(id);
    return answer(() -> json(review.retire(versionId)));
  }

  /** The service's own refusals as problems; anything else goes to the common mapper. */
  private static Response answer(Supplier<Object> work) {
    try {
      return Response.ok(work.get()).build();
    } catch (UnknownTemplateVersionException e) {
      return Problems.of(Response.Status.NOT_FOUND, e.getMessage());
    } catch (TemplateReviewException | NoticeTextException e) {
      return Problems.of(Response.Status.CONFLICT, e.getMessage());
    }
  }

  private static Map<String, Object> json(TemplateVersionView version) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", version.id().toString());
    body.put("type", version.type().name());
    body.put("language", version.language().code());
    body.put("version", version.version());
    body.put("status", version.status().name());
    body.put("sha256", version.sha256());
    body.put("createdAt", text(version.createdAt()));
    body.put("createdBy", version.createdBy());
    body.put("approvedAt", text(version.approvedAt()));
    body.put("approvedBy", version.approvedBy());
    body.put("retiredAt", text(version.retiredAt()));
    body.put("retiredBy", version.retiredBy());
    return body;
  }

  private static Map<String, Object> json(SeedingReport report) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("at", text(report.at()));
    for (SeedingReport.Result result : SeedingReport.Result.values()) {
      body.put(result.name().toLowerCase(Locale.ROOT), report.count(result));
    }
    body.put(
        "refused",
        report.outcomes().stream()
            .filter(outcome -> outcome.result() == SeedingReport.Result.REFUSED)
            .map(
                outcome -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("type", outcome.type().name());
                  entry.put("language", outcome.language().code());
                  entry.put("problems", outcome.problems());
                  return entry;
                })
            .toList());
    return body;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static UUID id(String value) {
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw new BadParameterException("id: not a template version id");
    }
  }

  private static TemplateLanguage language(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return TemplateLanguage.of(value)
        .orElseThrow(
            () ->
                new BadParameterException(
                    "language: must be one of "
                        + Arrays.stream(TemplateLanguage.values())
                            .map(TemplateLanguage::code)
                            .toList()));
  }

  private static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    if (!names.contains(wanted)) {
      throw new BadParameterException(name + ": must be one of " + names);
    }
    return Enum.valueOf(type, wanted);
  }
}
