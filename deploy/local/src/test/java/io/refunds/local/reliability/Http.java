package io.refunds.local.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.refunds.local.LocalPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A thread-safe HTTP client for the packaged platform: one call, any method, body and token, no assertions. */
public final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final LocalPlatform platform;

    public Http(LocalPlatform platform) {
        this.platform = platform;
    }

    /** The answer: status, content type and body. */
    public record Reply(int status, String contentType, String body) {

        public JsonNode json() {
            try {
                return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    public String token(String role, String user) {
        return platform.tokens().token(role, user);
    }

    /** A token that expired an hour ago, signed with the platform's key. */
    public String expiredToken(String role, String user) {
        return platform.tokens().token(role, user, Duration.ofHours(-1));
    }

    public String url(String service, String path) {
        return platform.settings().baseUrl(service) + path;
    }

    /** Sends {@code body} (a JSON-able object, or null) as {@code role}/{@code user} (null role: no token). */
    public Reply send(String method, String service, String path, String role, String user, Object body,
            Map<String, String> headers) throws IOException, InterruptedException {
        String json = body == null ? null : body instanceof String raw ? raw : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(service, path)))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (role != null) {
            request.header("Authorization", "Bearer " + token(role, user));
        }
        headers.forEach(request::setHeader);
        return send(request.build());
    }

    /** A multipart/form-data upload of one file in field {@code file}. */
    public Reply upload(String service, String path, String role, String user, String fileName, String mediaType,
            byte[] content) throws IOException, InterruptedException {
        String boundary = "b" + java.util.UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(service, path)))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (role != null) {
            request.header("Authorization", "Bearer " + token(role, user));
        }
        return send(request.build());
    }

    /**
     * Opens a Server-Sent Events stream as {@code role}/{@code user}, the token in the Authorization header or, with
     * {@code tokenInQuery}, as {@code ?access_token=} (as a browser's EventSource sends it). A refusal is read whole;
     * an open stream is read up to its first non-empty {@code data:} line, which becomes the reply's body, then closed.
     */
    public Reply openStream(String service, String path, String role, String user, boolean tokenInQuery)
            throws IOException, InterruptedException {
        String target = url(service, path);
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30))
                .header("Accept", "text/event-stream");
        if (role != null && tokenInQuery) {
            target += (target.contains("?") ? "&" : "?") + "access_token=" + token(role, user);
        } else if (role != null) {
            request.header("Authorization", "Bearer " + token(role, user));
        }
        HttpResponse<java.io.InputStream> response = CLIENT.send(request.uri(URI.create(target)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        try (java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                response.body(), java.nio.charset.StandardCharsets.UTF_8))) {
            if (response.statusCode() >= 300) {
                return new Reply(response.statusCode(), contentType,
                        lines.lines().collect(java.util.stream.Collectors.joining("\n")));
            }
            String line;
            while ((line = lines.readLine()) != null && !(line.startsWith("data:") && line.length() > "data:".length())) {
                // Skips the events' id, event and retry fields, and keep-alives (empty data).
            }
            return new Reply(response.statusCode(), contentType, line == null ? "" : line);
        }
    }

    public static Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body());
    }
}
