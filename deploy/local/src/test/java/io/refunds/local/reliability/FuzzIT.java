package io.refunds.local.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.local.reliability.BadRequests.BadRequest;
import io.refunds.local.reliability.Http.Reply;
import io.refunds.testing.DevTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code fuzz.requests} (10,000 by default) generated bad requests across every endpoint of the four services:
 * no answer may be 5xx or 2xx, every answer is a problem+json 4xx, a defect in the request's shape (a fraction,
 * string, boolean or overflow for an integer, a NUL or unpaired surrogate in a text or path, an unknown field) is a
 * 400 naming the field, and not one row of any service database changes. The seed is printed; {@code -Dfuzz.seed=}
 * replays a run.
 */
class FuzzIT {

    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);
    private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());

    private static SharedPlatform shared;
    private static Http http;
    private static Fixture fixture;
    private static DevTokens forger;

    @RegisterExtension
    static final org.junit.jupiter.api.extension.BeforeAllCallback PLATFORM = FuzzIT::start;

    static void start(ExtensionContext context) throws Exception {
        shared = SharedPlatform.get(context);
        http = new Http(shared.platform);
        fixture = Fixture.create(http, shared.root, "fuzz");
        forger = DevTokens.inDirectory(Files.createTempDirectory("forged-keys"));
    }

    @Test
    void generatedBadRequestsAllGetAProblem4xxAndChangeNoRow() throws Exception {
        DatabaseSnapshot before = quietSnapshot();
        BadRequests generator = new BadRequests(http, fixture, user -> forger.token("supervisor", user));
        Random random = new Random(SEED);
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Integer> defects = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            BadRequest request = generator.next(random);
            Reply reply = send(request);
            statuses.merge(Integer.toString(reply.status()), 1, Integer::sum);
            defects.merge(request.defect().replaceAll(" .*", ""), 1, Integer::sum);
            boolean named = request.expectedField() == null || reply.status() == 400
                    && reply.body().contains("\"field\":\"" + request.expectedField() + "\"");
            if (reply.status() < 400 || reply.status() >= 500 || !reply.isProblem() || !named) {
                wrong.add(reply.status() + " " + reply.contentType() + " for " + request
                        + (named ? "" : " (a 400 naming " + request.expectedField() + " expected)") + " -> "
                        + reply.body().substring(0, Math.min(200, reply.body().length())));
            }
        }
        DatabaseSnapshot after = DatabaseSnapshot.take(shared.platform);
        List<String> changed = after.changedSince(before);
        System.out.printf("fuzz: %d requests over %d endpoints, seed %d%n  statuses %s%n  defects %s%n"
                + "  not a problem 4xx: %d; tables changed: %d%n", REQUESTS, generator.endpoints().size(), SEED,
                statuses, defects, wrong.size(), changed.size());
        assertEquals(List.of(), wrong.stream().distinct().limit(40).toList(), "seed " + SEED);
        assertEquals(List.of(), changed, "rejected requests changed the databases (seed " + SEED + ")");
        assertTrue(REQUESTS >= 10_000 || Boolean.getBoolean("fuzz.small"), "at least 10,000 requests");
    }

    @Test
    void uploadsAboveTheKindLimitOrTheBodyLimitGetA413Problem() throws Exception {
        byte[] photo = new byte[10 * 1024 * 1024 + 1];
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
        System.arraycopy(jpeg, 0, photo, 0, jpeg.length);
        Reply tooBigPhoto = http.upload(io.refunds.local.PlatformSettings.ORDER_SERVICE, "/api/evidence", "buyer",
                fixture.buyerId(), "big.jpg", "image/jpeg", photo);
        assertEquals(413, tooBigPhoto.status(), tooBigPhoto.body());
        assertTrue(tooBigPhoto.isProblem(), tooBigPhoto.contentType());

        Reply tooBigBody = declareOversizedUpload(111L * 1024 * 1024);
        assertEquals(413, tooBigBody.status(), tooBigBody.body());
        assertTrue(tooBigBody.isProblem(), "problem+json, not " + tooBigBody.contentType());
    }

    /** Sends only the head of an upload that declares {@code length} bytes, as a client expecting 100-continue. */
    private static Reply declareOversizedUpload(long length) throws IOException {
        int port = shared.platform.settings().servicePorts().get(io.refunds.local.PlatformSettings.ORDER_SERVICE);
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /api/evidence HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + http.token("buyer", fixture.buyerId()) + "\r\nContent-Type: multipart/form-data; boundary=zzz\r\n"
                    + "Content-Length: " + length + "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), StandardCharsets.UTF_8));
            int status = Integer.parseInt(in.readLine().split(" ")[1]);
            String contentType = null;
            int contentLength = 0;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                String name = line.substring(0, line.indexOf(':')).trim().toLowerCase();
                String value = line.substring(line.indexOf(':') + 1).trim();
                if (name.equals("content-type")) {
                    contentType = value;
                } else if (name.equals("content-length")) {
                    contentLength = Integer.parseInt(value);
                }
            }
            char[] body = new char[contentLength];
            int read = 0;
            while (read < contentLength) {
                int n = in.read(body, read, contentLength - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            return new Reply(status, contentType, new String(body, 0, read));
        }
    }

    private static Reply send(BadRequest request) throws IOException, InterruptedException {
        if (request.upload()) {
            boolean noFile = request.method().equals("UPLOAD-NOFILE");
            String boundary = "fuzzboundary";
            String part = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + (noFile ? "other" : "file")
                    + "\"; filename=\"" + (noFile ? "note.txt" : "setup.exe") + "\"\r\nContent-Type: "
                    + request.contentType() + "\r\n\r\nMZ\u0090\u0000 not an image\r\n--" + boundary + "--\r\n";
            HttpRequest.Builder upload = HttpRequest.newBuilder(URI.create(http.url(request.service(), request.path())))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(part, StandardCharsets.ISO_8859_1))
                    .timeout(Duration.ofSeconds(30));
            if (request.authorization() != null) {
                upload.header("Authorization", request.authorization());
            }
            return Http.send(upload.build());
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(http.url(request.service(), request.path())))
                .timeout(Duration.ofSeconds(30))
                .method(request.method().equals("UPLOAD") ? "POST" : request.method(), request.body() == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        if (request.authorization() != null) {
            builder.header("Authorization", request.authorization());
        }
        request.headers().forEach(builder::header);
        return Http.send(builder.build());
    }

    /** A snapshot once the platform has settled (two equal snapshots a moment apart). */
    private static DatabaseSnapshot quietSnapshot() {
        AtomicReference<DatabaseSnapshot> last = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            DatabaseSnapshot now = DatabaseSnapshot.take(shared.platform);
            return now.equals(last.getAndSet(now));
        });
        return last.get();
    }
}
