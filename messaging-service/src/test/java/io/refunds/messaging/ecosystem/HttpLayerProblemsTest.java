package io.refunds.messaging.ecosystem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.Tokens;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Errors the HTTP layer raises before any resource runs are problem+json too: an oversized header or request line,
 * a chunked body past the limit, a method or media type the resource does not serve, an unknown path.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class HttpLayerProblemsTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TestHTTPResource("/")
    URI root;

    @Test
    void aTwentyKilobyteHeaderIs431ProblemJsonOverHttp1AndHttp2() throws Exception {
        assertProblem(431, send(get("/api/conversations").header("X-Padding", "x".repeat(20_000))));
        assertProblem(431, send(get("/api/conversations").version(HttpClient.Version.HTTP_1_1)
                .header("X-Padding", "x".repeat(20_000))));
    }

    @Test
    void anOversizedRequestLineIs414ProblemJson() throws Exception {
        assertProblem(414, send(get("/api/conversations?caseId=" + "1".repeat(10_000))));
    }

    @Test
    void aChunkedBodyPastTheLimitIs413ProblemJson() throws Exception {
        long size = 11L * 1024 * 1024;
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve("/api/conversations/" + UUID.randomUUID()
                + "/messages")).version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", Tokens.bearer("buyer", "b-chunk"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(
                        new java.io.ByteArrayInputStream("{\"body\":\"".getBytes()), new Zeros(size))));
        assertProblem(413, send(request));
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsUsual() throws Exception {
        byte[] body = "{\"body\":\"Is it here yet?\"}".getBytes();
        HttpResponse<String> reply = send(HttpRequest.newBuilder(root.resolve("/api/conversations/" + UUID.randomUUID()
                + "/messages")).version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", Tokens.bearer("buyer", "b-chunk"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
        assertProblem(404, reply);
    }

    @Test
    void aMethodOrMediaTypeNotServedAndAnUnknownPathAreProblems() throws Exception {
        assertProblem(405, send(HttpRequest.newBuilder(root.resolve("/api/conversations"))
                .header("Authorization", Tokens.bearer("buyer", "b-405")).DELETE()));
        assertProblem(406, send(get("/api/conversations").header("Accept", "text/html")));
        assertProblem(404, send(get("/api/no-such-thing")));
        assertProblem(404, send(get("/no-such-page")));
    }

    @Test
    void aNulOrInvalidUtf8InThePathOrQueryIs400NamingIt() throws Exception {
        HttpResponse<String> path = send(get("/api/conversations/%00"));
        assertProblem(400, path);
        assertTrue(path.body().contains("\"field\":\"path\""), path.body());
        HttpResponse<String> query = send(get("/api/conversations?caseId=%C3"));
        assertProblem(400, query);
        assertTrue(query.body().contains("\"field\":\"caseId\""), query.body());
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(root.resolve(path)).header("Authorization", Tokens.bearer("buyer", "b-http"))
                .GET();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(int status, HttpResponse<String> reply) {
        assertEquals(status, reply.statusCode(), reply.body());
        assertEquals("application/problem+json", reply.headers().firstValue("Content-Type").orElse(""), reply.body());
        assertTrue(reply.body().contains("\"status\":" + status), reply.body());
    }

    /** {@code size} bytes of 'a' (a JSON string's inside), read without being held in memory. */
    private static final class Zeros extends InputStream {

        private long left;

        Zeros(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? 'a' : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int count = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + count, (byte) 'a');
            left -= count;
            return count;
        }
    }
}
