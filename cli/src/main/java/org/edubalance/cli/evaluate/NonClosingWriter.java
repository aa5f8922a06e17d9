package org.edubalance.cli.evaluate;

import java.io.IOException;
import java.io.Writer;

/** Standard output stays open after a command writes to it: closing only flushes. */
final class NonClosingWriter extends Writer {
    private final Writer delegate;

    NonClosingWriter(Writer delegate) {
        this.delegate = delegate;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        delegate.write(buf, off, len);
    }

    @Override
    public void flush() throws IOException {
        delegate.flush();
    }

    @Override
    public void close() throws IOException {
        delegate.flush();
    }
}
