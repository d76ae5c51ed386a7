package io.refunds.platform.openapi;

import io.refunds.platform.problem.Problem;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the platform's error answers on every operation: an RFC 9457 {@code application/problem+json}
 * body ({@code Problem}, with {@code violations} for validation) for 400, 401 and 403 everywhere, 404 where the
 * path names a resource, 409 and 422 (state conflict, Idempotency-Key reused with another body) on writes.
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final Map<String, String> ALWAYS = Map.of(
            "400", "Invalid request: the problem names each field and rule in violations",
            "401", "No or invalid bearer token",
            "403", "The caller's role or identity may not do this");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        addSchemas(openAPI.getComponents());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        ALWAYS.forEach((status, description) -> addIfAbsent(responses, status, description));
        if (path.contains("{")) {
            addIfAbsent(responses, "404", "No such resource, or not one the caller may see");
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            addIfAbsent(responses, "409", "The resource's state does not allow this now");
            addIfAbsent(responses, "422", "Refused by a business rule, or Idempotency-Key reused with another body");
        }
    }

    /** Adds the response, or the problem body to one the scanner declared without a body (400, 401, 403). */
    private static void addIfAbsent(APIResponses responses, String status, String description) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, response);
        }
        if (response.getRef() == null && (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty())) {
            response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        }
    }

    private static void addSchemas(Components components) {
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One broken rule: the field and what it must be")
                .addProperty("field", text("JSON path of the field, e.g. amount.currency"))
                .addProperty("message", text("The rule it broke"));
        Schema problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem detail, the body of every error answer")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", text("URI naming the kind of problem; about:blank when only the status says it"))
                .addProperty("title", text("Short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text("What went wrong with this request"))
                .addProperty("rule", text("The business rule that refused the request, when one did"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/Violation")))
                .example(Map.of("type", "https://refunds.io/problems/validation", "title", "Invalid request",
                        "status", 400, "detail", "1 field is invalid",
                        "violations", java.util.List.of(Map.of("field", "reason", "message", "must not be blank"))));
        components.addSchema("Violation", violation);
        components.addSchema("Problem", problem);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
