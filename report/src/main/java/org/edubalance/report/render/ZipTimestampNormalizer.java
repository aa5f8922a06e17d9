package org.edubalance.report.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;

/**
 * Sets every entry of a zip file (an .xlsx is one) to the same modification time, in place.
 *
 * <p>POI leaves entry times unset and the zip writer it uses then stamps each entry with the current time, so two
 * writes of the same workbook differ in those bytes. This rewrites the 4-byte MS-DOS time and date of each central
 * directory record and of the local header it points to (PKWARE APPNOTE §4.3.7, §4.3.12), leaving the compressed data
 * untouched, so it costs a few kilobytes of I/O whatever the workbook's size. Zip64 archives are handled; extra
 * timestamp fields are not written by POI and are left alone.
 */
final class ZipTimestampNormalizer {
    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_EOCD_SIGNATURE = 0x06064b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int EOCD_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int ZIP64_EXTRA = 0x0001;
    private static final long UNSET_32 = 0xFFFFFFFFL;

    private final short dosTime;
    private final short dosDate;

    /** A normalizer stamping midnight of {@code date} (1980–2107, the MS-DOS range). */
    ZipTimestampNormalizer(LocalDate date) {
        if (date.getYear() < 1980 || date.getYear() > 2107) {
            throw new IllegalArgumentException("A zip entry date is in 1980–2107, got " + date);
        }
        this.dosTime = 0;
        this.dosDate = (short) (((date.getYear() - 1980) << 9) | (date.getMonthValue() << 5) | date.getDayOfMonth());
    }

    void normalize(Path zip) throws IOException {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long[] directory = centralDirectory(channel);
            ByteBuffer central = read(channel, directory[0], Math.toIntExact(directory[1]));
            int at = 0;
            while (at + 46 <= central.limit() && central.getInt(at) == CENTRAL_SIGNATURE) {
                central.putShort(at + 12, dosTime).putShort(at + 14, dosDate);
                int nameLength = Short.toUnsignedInt(central.getShort(at + 28));
                int extraLength = Short.toUnsignedInt(central.getShort(at + 30));
                int commentLength = Short.toUnsignedInt(central.getShort(at + 32));
                stampLocalHeader(channel, localHeaderOffset(central, at, at + 46 + nameLength, extraLength));
                at += 46 + nameLength + extraLength + commentLength;
            }
            channel.write(central.rewind(), directory[0]);
        }
    }

    /** The offset and size of the central directory. */
    private static long[] centralDirectory(FileChannel channel) throws IOException {
        long size = channel.size();
        int tail = (int) Math.min(size, EOCD_SIZE + MAX_COMMENT);
        ByteBuffer end = read(channel, size - tail, tail);
        for (int at = tail - EOCD_SIZE; at >= 0; at--) {
            if (end.getInt(at) != EOCD_SIGNATURE) {
                continue;
            }
            long cdSize = Integer.toUnsignedLong(end.getInt(at + 12));
            long cdOffset = Integer.toUnsignedLong(end.getInt(at + 16));
            if (cdOffset == UNSET_32 || cdSize == UNSET_32) {
                return zip64CentralDirectory(channel, size - tail + at);
            }
            return new long[] {cdOffset, cdSize};
        }
        throw new IOException("Not a zip file: no end of central directory record");
    }

    private static long[] zip64CentralDirectory(FileChannel channel, long eocd) throws IOException {
        ByteBuffer locator = read(channel, eocd - 20, 20);
        if (locator.getInt(0) != ZIP64_LOCATOR_SIGNATURE) {
            throw new IOException("Zip64 end of central directory locator missing");
        }
        ByteBuffer record = read(channel, locator.getLong(8), 56);
        if (record.getInt(0) != ZIP64_EOCD_SIGNATURE) {
            throw new IOException("Zip64 end of central directory record missing");
        }
        return new long[] {record.getLong(48), record.getLong(40)};
    }

    /** The local header offset of the central record at {@code at}, from its Zip64 extra field when set there. */
    private static long localHeaderOffset(ByteBuffer central, int at, int extraStart, int extraLength) {
        long offset = Integer.toUnsignedLong(central.getInt(at + 42));
        if (offset != UNSET_32) {
            return offset;
        }
        int e = extraStart;
        while (e + 4 <= extraStart + extraLength) {
            int id = Short.toUnsignedInt(central.getShort(e));
            int length = Short.toUnsignedInt(central.getShort(e + 2));
            if (id == ZIP64_EXTRA) {
                int field = e + 4;
                field += Integer.toUnsignedLong(central.getInt(at + 24)) == UNSET_32 ? 8 : 0;
                field += Integer.toUnsignedLong(central.getInt(at + 20)) == UNSET_32 ? 8 : 0;
                return central.getLong(field);
            }
            e += 4 + length;
        }
        throw new IllegalStateException("Zip64 entry without a Zip64 extra field");
    }

    private void stampLocalHeader(FileChannel channel, long offset) throws IOException {
        ByteBuffer header = read(channel, offset, 14);
        if (header.getInt(0) != LOCAL_SIGNATURE) {
            throw new IOException("No local file header at offset " + offset);
        }
        ByteBuffer stamp = ByteBuffer.allocate(4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putShort(dosTime)
                .putShort(dosDate);
        channel.write(stamp.flip(), offset + 10);
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("Zip file ends early at " + (position + buffer.position()));
            }
        }
        return buffer.flip();
    }
}
