package io.refunds.order;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.order.fixtures.Media;
import io.refunds.order.fixtures.OrderApi;
import io.refunds.testing.RealInfrastructure;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Photos and videos: typed from their bytes, limited in size, stored by SHA-256, served to those who may see them. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class EvidenceTest {

    @Test
    void anUploadIsTypedFromItsBytesAndHashed() {
        byte[] photo = Media.png(20);

        uploader().upload("holiday.mp4", photo, "video/mp4")
                .then().statusCode(201)
                .body("contentType", equalTo("image/png"))
                .body("kind", equalTo("PHOTO"))
                .body("sizeBytes", equalTo(photo.length))
                .body("sha256", equalTo(Media.sha256(photo)));
    }

    @Test
    void anUploadIsServedBackToItsUploaderAsStored() {
        byte[] photo = Media.png(20);
        String id = uploaded(photo);

        byte[] served = uploader().evidence(id)
                .then().statusCode(200).contentType("image/png").header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();

        assertArrayEquals(photo, served);
    }

    @Test
    void agentsMayReadAnyUpload() {
        OrderApi.agent("a-1").evidence(uploaded(Media.png(20))).then().statusCode(200);
    }

    @Test
    void otherBuyersAndSellersAreToldAnUploadDoesNotExist() {
        String id = uploaded(Media.png(20));

        OrderApi.buyer("b-nosy").evidence(id).then().statusCode(404).contentType("application/problem+json");
        OrderApi.seller("s-nosy").evidence(id).then().statusCode(404);
    }

    @Test
    void videosAreAcceptedWhateverTheirName() {
        upload("clip.bin", Media.mp4()).then().statusCode(201).body("contentType", equalTo("video/mp4"))
                .body("kind", equalTo("VIDEO"));
        upload("clip.mov", Media.quickTime()).then().statusCode(201).body("contentType", equalTo("video/quicktime"));
    }

    @Test
    void otherContentIsRefusedWhateverItsName() {
        upload("photo.jpg", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(415).contentType("application/problem+json");
        upload("report.pdf", "%PDF-1.4\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1))
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void aPhotoAboveThePhotoLimitIsRefused() {
        // %test limits: photos 20,000 bytes, videos 60,000 bytes.
        upload("big.png", Media.png(120)).then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aVideoAboveTheVideoLimitIsRefused() {
        byte[] longVideo = new byte[70_000];
        System.arraycopy(Media.mp4(), 0, longVideo, 0, Media.mp4().length);

        upload("long.mp4", longVideo).then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void anUploadWithoutItsFilePartIsRefused() {
        uploader().request().multiPart("other", "x", "y".getBytes(StandardCharsets.UTF_8))
                .post("/api/evidence")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("file"));
    }

    @Test
    void onlyThePlatformUploadsQcPhotos() {
        String orderId = OrderApi.platform().registerOrder("b-qc", "s-qc");

        OrderApi.buyer("b-qc").uploadQcPhoto(orderId, "i-1", "qc.png", Media.png(10), "image/png")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aQcPhotoIsAPhoto() {
        String orderId = OrderApi.platform().registerOrder("b-qc", "s-qc");

        OrderApi.warehouse().uploadQcPhoto(orderId, "i-1", "qc.mp4", Media.mp4(), "video/mp4").then().statusCode(415);
    }

    @Test
    void aQcPhotoOfAnUnknownItemIsNotFound() {
        String orderId = OrderApi.platform().registerOrder("b-qc", "s-qc");

        OrderApi.warehouse().uploadQcPhoto(orderId, "i-404", "qc.png", Media.png(10), "image/png")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aQcPhotoIsVisibleToTheBuyerTheSellerAndAgentsOnly() {
        String orderId = OrderApi.platform().registerOrder("b-qc", "s-qc");
        String id = OrderApi.warehouse().uploadQcPhoto(orderId, "i-1", "qc.png", Media.png(10), "image/png")
                .then().statusCode(201).extract().path("evidenceId");

        for (OrderApi reader : List.of(OrderApi.buyer("b-qc"), OrderApi.seller("s-qc"), OrderApi.agent("a-1"))) {
            reader.evidence(id).then().statusCode(200);
        }
        for (OrderApi stranger : List.of(OrderApi.buyer("b-x"), OrderApi.seller("s-x"))) {
            stranger.evidence(id).then().statusCode(404);
        }
    }

    private static OrderApi uploader() {
        return OrderApi.buyer("b-upload");
    }

    private static String uploaded(byte[] photo) {
        return uploader().upload("holiday.mp4", photo, "video/mp4").then().statusCode(201).extract().path("evidenceId");
    }

    private static Response upload(String name, byte[] bytes) {
        return uploader().upload(name, bytes, "application/octet-stream");
    }
}
