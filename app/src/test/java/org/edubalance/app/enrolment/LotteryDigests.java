package org.edubalance.app.enrolment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The lottery's digests recomputed by the tests themselves (docs/planning/lottery.md): SHA-256 of the inputs and the
 * commit, HMAC-SHA256 lottery numbers under the seed, lowercase hex — written here once, independently of the
 * platform's code, so that every round test checks the platform against the same reading of the contract.
 */
final class LotteryDigests {
    private LotteryDigests() {}

    /** The lottery number of {@code entry}: HMAC-SHA256 of its UTF-8 bytes under {@code seed}, lowercase hex. */
    static String number(byte[] seed, String entry) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seed, "HmacSHA256"));
            return hex(mac.doFinal(entry.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of the UTF-8 bytes of {@code text}, lowercase hex. */
    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of {@code content}, lowercase hex. */
    static String sha256(byte[] content) {
        return hex(sha(content));
    }

    /** SHA-256 of {@code content}. */
    static byte[] sha(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** Sends {@code request} on a client of its own (no cookies), the body read as UTF-8. */
    static HttpResponse<String> send(HttpRequest request) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
