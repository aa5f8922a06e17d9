package org.edubalance.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A signed-in page session over plain HTTP: form sign-in, the session cookie, and the CSRF token of each form. */
public final class PageSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final Api api;
    private final HttpClient client;

    private PageSession(Api api) {
        this.api = api;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A new session signed in as {@code user} (demo password). */
    public static PageSession signIn(int port, String user) {
        var session = new PageSession(new Api(port));
        String token = csrf(session.get("/signin").body());
        HttpResponse<String> signedIn = session.postForm(
                "/signin", "username=" + user + "&password=" + Api.PASSWORD + "&_csrf=" + encode(token));
        if (signedIn.statusCode() != 302
                || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in of " + user + " failed: " + signedIn.statusCode());
        }
        return session;
    }

    /** The CSRF token of the first form of {@code page}. */
    public static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token in the page");
        }
        return m.group(1);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(api.uri(path)).GET().build());
    }

    public HttpResponse<String> get(String path, String header, String value) {
        return send(HttpRequest.newBuilder(api.uri(path))
                .header(header, value)
                .GET()
                .build());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(api.uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(api.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    /** A form post with one more request header, as a browser sends {@code Accept: text/html}. */
    public HttpResponse<String> postForm(String path, String form, String header, String value) {
        return send(HttpRequest.newBuilder(api.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    /** A multipart form with the CSRF token and one file part {@code file}. */
    public HttpResponse<String> upload(String path, String csrf, String fields, String fileName, byte[] content) {
        return upload(path, csrf, fields, "file", fileName, content);
    }

    /** A multipart form with the CSRF token and one file part named {@code part}. */
    public HttpResponse<String> upload(
            String path, String csrf, String fields, String part, String fileName, byte[] content) {
        String boundary = "----edubalance" + UUID.randomUUID();
        var body = new StringBuilder();
        body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
                .append(csrf)
                .append("\r\n");
        for (String field : fields.isEmpty() ? new String[0] : fields.split("&")) {
            String[] kv = field.split("=", 2);
            body.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(kv[0])
                    .append("\"\r\n\r\n")
                    .append(kv[1])
                    .append("\r\n");
        }
        body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(part)
                .append("\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] head = body.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        System.arraycopy(tail, 0, all, head.length + content.length, tail.length);
        return send(HttpRequest.newBuilder(api.uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(all))
                .build());
    }

    /** One file of a multipart form: the part's name, the file's name and its bytes. */
    public record FilePart(String part, String fileName, byte[] content) {}

    /** A multipart form with the CSRF token, the text {@code fields} and every file of {@code files}. */
    public HttpResponse<String> upload(String path, String csrf, Map<String, String> fields, List<FilePart> files) {
        String boundary = "----edubalance" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("_csrf", csrf);
        all.putAll(fields);
        all.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        for (FilePart file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.part()
                            + "\"; filename=\"" + file.fileName()
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(api.uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
