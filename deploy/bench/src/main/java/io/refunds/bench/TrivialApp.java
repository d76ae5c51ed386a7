package io.refunds.bench;

import io.refunds.local.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The trivial Quarkus app ({@code deploy/bench-trivial}), started with the same JVM flags as the services. */
final class TrivialApp implements AutoCloseable {

    private final Process process;
    private final int port;

    private TrivialApp(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static TrivialApp start(Path repositoryRoot, int port, Path logFile) throws IOException, InterruptedException {
        Path jar = repositoryRoot.resolve("deploy/bench-trivial/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IOException(jar + " is missing: build first (./mvnw package -DskipTests)");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The services' own JVM options, so the ratio compares the application, not the JVM's settings.
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(ServiceProcess.JVM_OPTIONS);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().put("PORT", Integer.toString(port));
        TrivialApp app = new TrivialApp(builder.start(), port);
        app.awaitReady(Duration.ofSeconds(60));
        return app;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest hello = HttpRequest.newBuilder(URI.create(url() + "/hello")).timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                if (client.send(hello, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            process.waitFor(200, TimeUnit.MILLISECONDS);
        }
        close();
        throw new IOException("the trivial app did not answer within " + timeout);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
