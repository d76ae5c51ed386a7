package io.refunds.standin;

import java.util.Map;

/** One HTTP answer of the stand-in: status, JSON body, and whether it replays an idempotent request. */
record StandInAnswer(int status, Object body, boolean replayed) {

    static StandInAnswer ok(Object body) {
        return new StandInAnswer(200, body, false);
    }

    static StandInAnswer error(int status, String type, String code, String message) {
        return new StandInAnswer(status, Map.of("error", Map.of("type", type, "code", code, "message", message)),
                false);
    }

    StandInAnswer asReplay() {
        return new StandInAnswer(status, body, true);
    }
}
