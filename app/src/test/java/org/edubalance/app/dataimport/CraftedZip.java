package org.edubalance.app.dataimport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A zip archive written record by record, so a test can forge what a zip library would never write: a local header
 * that lies about its entry, junk between entries, a forged signature, two central directories.
 */
final class CraftedZip {
    static final int LOCAL_HEADER = 0x04034b50;
    /** The data-descriptor signature: a sequential reader does not take it for an entry. */
    static final int NOT_A_LOCAL_HEADER = 0x08074b50;

    static final int STORED = 0;
    static final int DEFLATED = 8;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /**
     * An entry's packed data and what an honest header says of it.
     *
     * @param name its path in the archive
     * @param method {@link #STORED} or {@link #DEFLATED}
     * @param crc the CRC-32 of the unpacked content
     * @param data the packed bytes
     * @param size the unpacked size
     */
    record Entry(String name, int method, long crc, byte[] data, long size) {

        static Entry stored(String name, byte[] content) {
            return new Entry(name, STORED, CraftedZip.crc(content), content, content.length);
        }

        static Entry deflated(String name, byte[] content) {
            var deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            deflater.setInput(content);
            deflater.finish();
            var packed = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            while (!deflater.finished()) {
                packed.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            return new Entry(name, DEFLATED, CraftedZip.crc(content), packed.toByteArray(), content.length);
        }

        /** An entry of {@code megabytes} MB of zeros, deflated to about a thousandth of that. */
        static Entry bomb(String name, int megabytes) {
            return deflated(name, new byte[megabytes << 20]);
        }
    }

    /** Where an entry's local header starts, for the central directory. */
    record Placed(Entry entry, long offset) {}

    /** Writes {@code entry}'s local header, telling the truth, and its data. */
    Placed local(Entry entry) {
        return local(entry, LOCAL_HEADER, entry.method(), entry.crc(), entry.data().length, entry.size());
    }

    /** Writes a local header with the given signature and fields, then {@code entry}'s whole packed data. */
    Placed local(Entry entry, int signature, int method, long crc, long packedSize, long size) {
        long offset = out.size();
        byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
        int32(signature);
        int16(20);
        int16(0);
        int16(method);
        int16(0);
        int16(0x21);
        int32(crc);
        int32(packedSize);
        int32(size);
        int16(name.length);
        int16(0);
        out.writeBytes(name);
        out.writeBytes(entry.data());
        return new Placed(entry, offset);
    }

    /** Bytes that belong to no record. */
    CraftedZip junk(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    /** A central directory listing {@code entries} as they are, and its end record. */
    CraftedZip centralDirectory(List<Placed> entries) {
        long start = out.size();
        for (Placed placed : entries) {
            Entry entry = placed.entry();
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            int32(0x02014b50);
            int16(20);
            int16(20);
            int16(0);
            int16(entry.method());
            int16(0);
            int16(0x21);
            int32(entry.crc());
            int32(entry.data().length);
            int32(entry.size());
            int16(name.length);
            int16(0);
            int16(0);
            int16(0);
            int16(0);
            int32(0);
            int32(placed.offset());
            out.writeBytes(name);
        }
        long size = out.size() - start;
        int32(0x06054b50);
        int16(0);
        int16(0);
        int16(entries.size());
        int16(entries.size());
        int32(size);
        int32(start);
        int16(0);
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    /**
     * {@code zip} written again with the text of entry {@code name} edited, the way a zip library writes it; the edit
     * must change something.
     */
    static byte[] editEntry(byte[] zip, String name, UnaryOperator<String> edit) throws IOException {
        var out = new ByteArrayOutputStream();
        boolean edited = false;
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip));
                var rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    String text = new String(content, StandardCharsets.UTF_8);
                    String changed = edit.apply(text);
                    edited = !changed.equals(text);
                    content = changed.getBytes(StandardCharsets.UTF_8);
                }
                rewritten.putNextEntry(new ZipEntry(entry.getName()));
                rewritten.write(content);
                rewritten.closeEntry();
            }
        }
        if (!edited) {
            throw new IllegalStateException("The edit of " + name + " changed nothing");
        }
        return out.toByteArray();
    }

    /** The first {@code n} bytes of {@code data}. */
    static byte[] head(byte[] data, int n) {
        return Arrays.copyOf(data, n);
    }

    static long crc(byte[] content) {
        var crc = new CRC32();
        crc.update(content);
        return crc.getValue();
    }

    private void int16(int value) {
        out.write(value & 0xff);
        out.write((value >>> 8) & 0xff);
    }

    private void int32(long value) {
        int16((int) (value & 0xffff));
        int16((int) ((value >>> 16) & 0xffff));
    }
}
