package io.refunds.messaging.offer;

import jakarta.validation.constraints.Size;

/** Why a party answers as it does (a rejection, a decline, an escalation); optional. */
public record AnswerRequest(@Size(max = 2000) String reason) {

    public static String reasonOf(AnswerRequest request) {
        return request == null ? null : request.reason();
    }
}
