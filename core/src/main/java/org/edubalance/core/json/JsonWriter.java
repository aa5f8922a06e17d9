package org.edubalance.core.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A minimal streaming JSON writer (objects, arrays, strings, numbers, booleans, null). Non-finite numbers are
 * written as {@code null}, since JSON has no NaN: a CV that is not evaluable reads as null.
 *
 * <p>Hand-written because the CLI's lean path and the planners should not load a JSON library to write one document. Text is
 * buffered and encoded to UTF-8 in chunks of about a megabyte, which is several times faster than a
 * {@code Writer}'s encoder on a 150 MB nation-scale document.
 */
public final class JsonWriter {
    /** Where encoded chunks go: bytes to a file, or characters to a writer (standard output in tests). */
    private interface Sink {
        void write(String chunk) throws IOException;

        void flush() throws IOException;
    }

    private final Sink out;
    private final StringBuilder buffer = new StringBuilder(1 << 16);
    private boolean needComma;

    public JsonWriter(OutputStream out) {
        this.out = new Sink() {
            @Override
            public void write(String chunk) throws IOException {
                out.write(chunk.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }
        };
    }

    public JsonWriter(Writer out) {
        this.out = new Sink() {
            @Override
            public void write(String chunk) throws IOException {
                out.write(chunk);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }
        };
    }

    public JsonWriter beginObject() {
        separator();
        buffer.append('{');
        needComma = false;
        return this;
    }

    public JsonWriter endObject() {
        buffer.append('}');
        needComma = true;
        flushIfLarge();
        return this;
    }

    public JsonWriter beginArray() {
        separator();
        buffer.append('[');
        needComma = false;
        return this;
    }

    public JsonWriter endArray() {
        buffer.append(']');
        needComma = true;
        return this;
    }

    /** Writes a key; the next call writes its value. */
    public JsonWriter name(String name) {
        separator();
        string(name);
        buffer.append(':');
        needComma = false;
        return this;
    }

    public JsonWriter value(@Nullable String value) {
        separator();
        if (value == null) {
            buffer.append("null");
        } else {
            string(value);
        }
        needComma = true;
        return this;
    }

    public JsonWriter value(double value) {
        separator();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            buffer.append("null");
        } else if (Math.abs(value) < 1e15 && value == (long) value) {
            buffer.append((long) value);
        } else {
            buffer.append(value);
        }
        needComma = true;
        return this;
    }

    /**
     * {@code value} as Java writes a double ({@code 2.0}, not {@code 2}), for documents whose readers tell a measured
     * figure from a count by its decimal point (the plan documents); non-finite as {@code null}.
     */
    public JsonWriter decimal(double value) {
        separator();
        buffer.append(Double.isFinite(value) ? Double.toString(value) : "null");
        needComma = true;
        return this;
    }

    /**
     * {@code value} exactly, in plain notation as its scale writes it ({@code 612.5}, {@code 1.0}): decimals whose
     * exactness matters (scores, weights) are never passed through a double.
     */
    public JsonWriter value(java.math.BigDecimal value) {
        separator();
        buffer.append(value.toPlainString());
        needComma = true;
        return this;
    }

    public JsonWriter value(long value) {
        separator();
        buffer.append(value);
        needComma = true;
        return this;
    }

    public JsonWriter value(@Nullable Boolean value) {
        separator();
        buffer.append(value == null ? "null" : value.toString());
        needComma = true;
        return this;
    }

    public JsonWriter nullableNumber(@Nullable Double value) {
        return value == null ? value((String) null) : value(value.doubleValue());
    }

    /** Writes what is buffered. */
    public void flush() {
        try {
            out.write(buffer.toString());
            buffer.setLength(0);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void separator() {
        if (needComma) {
            buffer.append(',');
        }
    }

    private void flushIfLarge() {
        if (buffer.length() > (1 << 20)) {
            try {
                out.write(buffer.toString());
                buffer.setLength(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void string(String s) {
        buffer.append('"');
        int clean = 0;
        // Most strings (keys, codes, names) need no escaping: copy them in one go.
        while (clean < s.length()) {
            char c = s.charAt(clean);
            if (c < 0x20 || c == '"' || c == '\\') {
                break;
            }
            clean++;
        }
        if (clean == s.length()) {
            buffer.append(s);
        } else {
            buffer.append(s, 0, clean);
            escape(s, clean);
        }
        buffer.append('"');
    }

    private void escape(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> buffer.append("\\\"");
                case '\\' -> buffer.append("\\\\");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                case '\t' -> buffer.append("\\t");
                default -> {
                    if (c < 0x20) {
                        buffer.append(String.format("\\u%04x", (int) c));
                    } else {
                        buffer.append(c);
                    }
                }
            }
        }
    }
}
