package org.edubalance.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Repairs the text layer of embedded CJK subsets so that copying, searching and text extraction give the characters
 * that were typeset.
 *
 * <p>Noto Sans SC draws a Kangxi radical and its unified ideograph with one glyph (⼩ U+2F29 and 小 U+5C0F), and the en
 * dash and figure dash with another. PDFBox writes the subset's ToUnicode map from the font's cmap in reverse and picks
 * the lowest code point, so "小学" would be read back as "⼩学" and "2025–2026" as "2025‒2026". This rewrites each
 * ToUnicode map with the canonical character: the NFKC form of a radical or compatibility ideograph, and the en dash
 * for the figure dash (the report never sets a figure dash).
 */
final class ToUnicodeRepair {
    private static final int ENTRIES_PER_BLOCK = 100;

    private ToUnicodeRepair() {}

    /** Rewrites every ToUnicode map of the fonts on {@code pdf}'s pages. */
    static void repair(PDDocument pdf) throws IOException {
        Set<COSBase> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                COSBase toUnicode = resources.getFont(name).getCOSObject().getDictionaryObject(COSName.TO_UNICODE);
                if (toUnicode instanceof COSStream stream && done.add(stream)) {
                    rewrite(stream);
                }
            }
        }
    }

    private static void rewrite(COSStream stream) throws IOException {
        CMap cmap;
        try (InputStream in = stream.createInputStream()) {
            cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        TreeMap<Integer, String> unicodeByCode = new TreeMap<>();
        boolean changed = false;
        for (int code = 0; code <= 0xFFFF; code++) {
            String unicode = cmap.toUnicode(code, 2);
            if (unicode != null) {
                String canonical = canonical(unicode);
                changed |= !canonical.equals(unicode);
                unicodeByCode.put(code, canonical);
            }
        }
        if (!changed) {
            return;
        }
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmapText(unicodeByCode).getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** The character a reader means by {@code unicode}: see the class comment. */
    static String canonical(String unicode) {
        StringBuilder result = new StringBuilder(unicode.length());
        unicode.codePoints().forEach(c -> {
            if (c == 0x2012) {
                result.append('\u2013');
            } else if ((c >= 0x2E80 && c <= 0x2FDF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F)) {
                result.append(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC));
            } else {
                result.appendCodePoint(c);
            }
        });
        return result.toString();
    }

    private static String cmapText(TreeMap<Integer, String> unicodeByCode) {
        StringBuilder text = new StringBuilder(32 * unicodeByCode.size() + 512);
        text.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = unicodeByCode.entrySet().iterator();
        int remaining = unicodeByCode.size();
        while (remaining > 0) {
            int block = Math.min(ENTRIES_PER_BLOCK, remaining);
            text.append(block).append(" beginbfchar\n");
            for (int i = 0; i < block; i++) {
                var entry = entries.next();
                text.append(String.format(Locale.ROOT, "<%04X> <", entry.getKey()));
                for (char c : entry.getValue().toCharArray()) {
                    text.append(String.format(Locale.ROOT, "%04X", (int) c));
                }
                text.append(">\n");
            }
            text.append("endbfchar\n");
            remaining -= block;
        }
        text.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return text.toString();
    }
}
