package io.refunds.local.reliability;

import io.refunds.local.reliability.Http.Reply;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Calls that outlive a killed service, broker or database: a refused connection, a timeout or a 5xx is retried
 * (bounded) with the same Idempotency-Key, so a retry never creates a second case, offer or decision; a
 * state-changing call that answers 409 on a retry had already been applied before the crash.
 */
final class Patient {

    static final Duration PATIENCE = Duration.ofSeconds(Integer.getInteger("chaos.patience-seconds", 300));
    private static final Duration PAUSE = Duration.ofMillis(400);

    private final Http http;

    Patient(Http http) {
        this.http = http;
    }

    /** Retries until an answer in {@code accepted} (409 also counts once a retry happened). */
    Reply call(String method, String service, String path, String role, String user, Object body,
            Map<String, String> headers, Set<Integer> accepted) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        boolean retried = false;
        String last = "nothing";
        while (Instant.now().isBefore(deadline)) {
            try {
                Reply reply = http.send(method, service, path, role, user, body, headers);
                if (accepted.contains(reply.status()) || retried && reply.status() == 409) {
                    return reply;
                }
                if (reply.status() < 500) {
                    throw new AssertionError(method + " " + path + " answered " + reply.status() + ": " + reply.body());
                }
                last = reply.status() + " " + reply.body();
            } catch (IOException e) {
                last = e.toString();
            }
            retried = true;
            Thread.sleep(PAUSE.toMillis());
        }
        throw new AssertionError(method + " " + path + " kept failing for " + PATIENCE + ": " + last);
    }

    Reply get(String service, String path, String role, String user) throws InterruptedException {
        return call("GET", service, path, role, user, null, Map.of(), Set.of(200, 404));
    }

    /** Polls {@code path} until its JSON satisfies {@code ready}. */
    Reply await(String service, String path, String role, String user, Predicate<Reply> ready)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        Reply reply = null;
        while (Instant.now().isBefore(deadline)) {
            reply = get(service, path, role, user);
            if (reply.status() == 200 && ready.test(reply)) {
                return reply;
            }
            Thread.sleep(PAUSE.toMillis());
        }
        throw new AssertionError("GET " + path + " never became ready; last: " + (reply == null ? null : reply.body()));
    }
}
