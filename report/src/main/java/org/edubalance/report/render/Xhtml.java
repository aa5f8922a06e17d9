package org.edubalance.report.render;

/**
 * A minimal XHTML writer: elements, attributes and escaped text appended to a buffer. openhtmltopdf parses XHTML as
 * XML, so everything written here is well-formed by construction (text and attribute values are escaped).
 */
final class Xhtml {
    private final StringBuilder buffer = new StringBuilder(1 << 16);

    /** Opens {@code name} with attribute name–value pairs. */
    Xhtml open(String name, String... attributes) {
        buffer.append('<').append(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            buffer.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1]);
            buffer.append('"');
        }
        buffer.append('>');
        return this;
    }

    Xhtml close(String name) {
        buffer.append("</").append(name).append('>');
        return this;
    }

    /** {@code <name attributes…>text</name>}: the last argument is the text, the ones before it attribute pairs. */
    Xhtml element(String name, String... attributesThenText) {
        String[] attributes = java.util.Arrays.copyOf(attributesThenText, attributesThenText.length - 1);
        open(name, attributes);
        text(attributesThenText[attributesThenText.length - 1]);
        return close(name);
    }

    Xhtml text(String text) {
        escape(text);
        return this;
    }

    /** Appends markup as it is (SVG built by {@link SvgChartWriter}, the fixed head). */
    Xhtml raw(String markup) {
        buffer.append(markup);
        return this;
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> buffer.append("&amp;");
                case '<' -> buffer.append("&lt;");
                case '>' -> buffer.append("&gt;");
                case '"' -> buffer.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters; a stray one in a school name must not break the page.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        buffer.append(c);
                    }
                }
            }
        }
    }

    @Override
    public String toString() {
        return buffer.toString();
    }
}
