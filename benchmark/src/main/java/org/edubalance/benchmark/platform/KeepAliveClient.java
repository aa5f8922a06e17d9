package org.edubalance.benchmark.platform;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One signed-in user's connection: HTTP/1.1 GETs on one kept-alive socket, the body read and dropped. The load driver
 * shares the server's two cores, and {@code java.net.http.HttpClient} spent about 0.9 ms of CPU per request there
 * (measured beside the server's 1.6–2.2 ms): a plain blocking socket per virtual thread leaves the cores to the
 * server, as a driver on another machine would. Loopback only, like the driver.
 */
final class KeepAliveClient implements Closeable {
    private final URI base;
    private final String cookie;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveClient(URI base, String cookie) throws IOException {
        this.base = base;
        this.cookie = cookie;
        connect();
    }

    /** GETs {@code path}, reads the whole answer and returns its status. */
    int get(String path) throws IOException {
        String request = "GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\nCookie: "
                + cookie + "\r\nAccept: text/html\r\n\r\n";
        try {
            return exchange(request);
        } catch (IOException closedMeanwhile) {
            // The server may close an idle kept-alive connection; one new connection, then the error stands.
            close();
            connect();
            return exchange(request);
        }
    }

    private int exchange(String request) throws IOException {
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String status = line();
        if (status.length() < 12 || !status.startsWith("HTTP/1.1 ")) {
            throw new IOException("Not an HTTP/1.1 answer: '" + status + "'");
        }
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closes = true;
            }
        }
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                skip(size);
                line();
            }
            line(); // the empty line after the last chunk (no trailers)
        } else if (length > 0) {
            skip(length);
        }
        if (closes) {
            close();
            connect();
        }
        return Integer.parseInt(status.substring(9, 12));
    }

    private long chunkSize() throws IOException {
        String line = line();
        int extension = line.indexOf(';');
        return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).strip(), 16);
    }

    private void skip(long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("The answer ended " + left + " bytes early");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private String line() throws IOException {
        var bytes = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("The connection closed");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    private void connect() throws IOException {
        socket = new Socket(base.getHost(), base.getPort());
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(30_000);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = socket.getOutputStream();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
