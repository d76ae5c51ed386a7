package io.refunds.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.Tokens;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class EvidenceTest {

    @Test
    void anUploadIsTypedFromItsBytesHashedStoredAndServedBackToItsUploader() {
        byte[] photo = Media.png(20);
        String id = given().header("Authorization", Tokens.bearer("buyer", "b-upload"))
                .multiPart("file", "holiday.mp4", photo, "video/mp4")
                .post("/api/evidence")
                .then().statusCode(201)
                .body("contentType", equalTo("image/png"))
                .body("kind", equalTo("PHOTO"))
                .body("sizeBytes", equalTo(photo.length))
                .body("sha256", equalTo(Media.sha256(photo)))
                .extract().path("evidenceId");

        byte[] served = given().header("Authorization", Tokens.bearer("buyer", "b-upload"))
                .get("/api/evidence/" + id)
                .then().statusCode(200).contentType("image/png").header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertArrayEquals(photo, served);
        given().header("Authorization", Tokens.bearer("agent", "a-1")).get("/api/evidence/" + id)
                .then().statusCode(200);
        given().header("Authorization", Tokens.bearer("buyer", "b-nosy")).get("/api/evidence/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("seller", "s-nosy")).get("/api/evidence/" + id)
                .then().statusCode(404);
    }

    @Test
    void videosAreAcceptedAndOtherContentIsRefusedWhateverItsName() {
        upload("clip.bin", Media.mp4()).then().statusCode(201).body("contentType", equalTo("video/mp4"))
                .body("kind", equalTo("VIDEO"));
        upload("clip.mov", Media.quickTime()).then().statusCode(201).body("contentType", equalTo("video/quicktime"));
        upload("photo.jpg", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(415).contentType("application/problem+json");
        upload("report.pdf", "%PDF-1.4\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1))
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void sizeLimitsApplyPerKind() {
        // %test limits: photos 20,000 bytes, videos 60,000 bytes.
        upload("big.png", Media.png(120)).then().statusCode(413).contentType("application/problem+json");
        byte[] longVideo = new byte[70_000];
        System.arraycopy(Media.mp4(), 0, longVideo, 0, Media.mp4().length);
        upload("long.mp4", longVideo).then().statusCode(413).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("buyer", "b-upload"))
                .multiPart("other", "x", "y".getBytes(StandardCharsets.UTF_8))
                .post("/api/evidence")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("file"));
    }

    @Test
    void qcPhotosComeFromThePlatformOnlyAndAreVisibleToTheBuyerAndSeller() {
        String orderId = OrderFixtures.registerOrder("b-qc", "s-qc");
        given().header("Authorization", Tokens.bearer("buyer", "b-qc"))
                .multiPart("file", "qc.png", Media.png(10), "image/png")
                .post("/api/orders/" + orderId + "/items/i-1/qc-photos")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("platform", "warehouse"))
                .multiPart("file", "qc.mp4", Media.mp4(), "video/mp4")
                .post("/api/orders/" + orderId + "/items/i-1/qc-photos")
                .then().statusCode(415);
        given().header("Authorization", Tokens.bearer("platform", "warehouse"))
                .multiPart("file", "qc.png", Media.png(10), "image/png")
                .post("/api/orders/" + orderId + "/items/i-404/qc-photos")
                .then().statusCode(404).contentType("application/problem+json");
        String id = given().header("Authorization", Tokens.bearer("platform", "warehouse"))
                .multiPart("file", "qc.png", Media.png(10), "image/png")
                .post("/api/orders/" + orderId + "/items/i-1/qc-photos")
                .then().statusCode(201).extract().path("evidenceId");

        for (Map.Entry<String, String> reader : Map.of("buyer", "b-qc", "seller", "s-qc", "agent", "a-1").entrySet()) {
            given().header("Authorization", Tokens.bearer(reader.getKey(), reader.getValue()))
                    .get("/api/evidence/" + id).then().statusCode(200);
        }
        for (List<String> stranger : List.of(List.of("buyer", "b-x"), List.of("seller", "s-x"))) {
            given().header("Authorization", Tokens.bearer(stranger.get(0), stranger.get(1)))
                    .get("/api/evidence/" + id).then().statusCode(404);
        }
    }

    private static io.restassured.response.Response upload(String name, byte[] bytes) {
        return given().header("Authorization", Tokens.bearer("buyer", "b-upload"))
                .multiPart("file", name, bytes, "application/octet-stream")
                .post("/api/evidence");
    }
}
