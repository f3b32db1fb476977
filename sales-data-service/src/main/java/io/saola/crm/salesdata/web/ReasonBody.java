package io.saola.crm.salesdata.web;

import jakarta.validation.constraints.Size;

/** Why a document was rejected, cancelled or terminated; optional. */
public record ReasonBody(@Size(max = 1000) String reason) {

    public static String of(ReasonBody body) {
        return body == null ? null : body.reason();
    }
}
