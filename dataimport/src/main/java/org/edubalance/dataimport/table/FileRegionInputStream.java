package org.edubalance.dataimport.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The bytes {@code [start, end)} of a file, read through a channel of its own (one per chunk of a parallel read). */
final class FileRegionInputStream extends InputStream {
    private final FileChannel channel;
    private final long end;
    private long position;

    FileRegionInputStream(Path file, long start, long end) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.position = start;
        this.end = end;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        long left = end - position;
        if (left <= 0) {
            return -1;
        }
        int read = channel.read(ByteBuffer.wrap(bytes, offset, (int) Math.min(length, left)), position);
        if (read < 0) {
            return -1;
        }
        position += read;
        return read;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
