package org.edubalance.benchmark.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the platform like its users: {@code clients} sessions, each signed in through the sign-in form (with its
 * CSRF token), request the given pages one after another for {@code seconds}, each on its own virtual thread and its
 * own kept-alive connection ({@link KeepAliveClient}). Prints
 * one JSON line per page: requests, errors (status other than 200), median, p95 and p99 latency in milliseconds.
 * Loopback only; the request rate is bounded by the clients waiting for their answers (a closed loop, like users).
 *
 * <p>Usage: {@code PlatformLoad BASE_URL USER PASSWORD CLIENTS SECONDS PATH...}
 */
public final class PlatformLoad {
    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");

    private PlatformLoad() {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        if (!"localhost".equals(base.getHost()) && !"127.0.0.1".equals(base.getHost())) {
            throw new IllegalArgumentException("Load is driven against loopback only, not " + base.getHost());
        }
        String user = args[1];
        String password = args[2];
        int clients = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        List<String> paths = Arrays.asList(args).subList(5, args.length);
        List<ConcurrentLinkedQueue<Long>> latencies = new ArrayList<>();
        List<AtomicLong> errors = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            latencies.add(new ConcurrentLinkedQueue<>());
            errors.add(new AtomicLong());
        }
        // Every session signs in first (bcrypt is deliberately slow), then all start together: the figures are those
        // of signed-in users working, not of a sign-in storm.
        List<String> sessions;
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<String>> signingIn = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                signingIn.add(threads.submit(() -> signIn(base, user, password)));
            }
            sessions = new ArrayList<>();
            for (var session : signingIn) {
                sessions.add(session.get());
            }
        }
        // A line on standard error marks the start of the measured load (a caller may sample the server from here).
        System.err.println("signed in: " + clients + " sessions");
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                int offset = c;
                String cookie = sessions.get(c);
                threads.submit(() -> {
                    try (var connection = new KeepAliveClient(base, cookie)) {
                        for (int i = offset; System.nanoTime() < end; i++) {
                            int p = i % paths.size();
                            long start = System.nanoTime();
                            int status = get(connection, paths.get(p));
                            latencies.get(p).add(System.nanoTime() - start);
                            if (status != 200) {
                                errors.get(p).incrementAndGet();
                            }
                        }
                    }
                    return null;
                });
            }
        }
        PrintStream out =
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        for (int p = 0; p < paths.size(); p++) {
            long[] ns = latencies.get(p).stream()
                    .mapToLong(Long::longValue)
                    .sorted()
                    .toArray();
            out.printf(
                    Locale.ROOT,
                    "{\"path\":\"%s\",\"requests\":%d,\"errors\":%d,\"p50Ms\":%.1f,\"p95Ms\":%.1f,\"p99Ms\":%.1f}%n",
                    paths.get(p),
                    ns.length,
                    errors.get(p).get(),
                    percentile(ns, 0.50),
                    percentile(ns, 0.95),
                    percentile(ns, 0.99));
        }
    }

    /** Signs in through the sign-in form and returns the session's {@code Cookie} header value. */
    private static String signIn(URI base, String user, String password) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String page = http.send(
                        HttpRequest.newBuilder(base.resolve("/signin")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher input = CSRF_INPUT.matcher(page);
        Matcher token = input.find() ? VALUE.matcher(input.group()) : null;
        if (token == null || !token.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(base.resolve("/signin"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (signedIn.uri().getPath().startsWith("/signin")) {
            throw new IllegalStateException("Sign-in failed for " + user);
        }
        return cookies.getCookieStore().get(base).stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .reduce((a, b) -> a + "; " + b)
                .orElseThrow(() -> new IllegalStateException("No session cookie after signing in " + user));
    }

    /** The status of one page, or -1 when the connection failed (counted as an error). */
    private static int get(KeepAliveClient connection, String path) {
        try {
            return connection.get(path);
        } catch (IOException e) {
            return -1;
        }
    }

    private static double percentile(long[] sortedNanos, double q) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
