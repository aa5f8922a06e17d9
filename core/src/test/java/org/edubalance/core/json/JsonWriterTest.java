package org.edubalance.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void writesNestedDocumentsWithCommasInTheRightPlaces() {
        StringWriter text = new StringWriter();
        JsonWriter json = new JsonWriter(text);
        json.beginObject()
                .name("a")
                .value(1)
                .name("b")
                .beginArray()
                .value("x")
                .value(2.5)
                .value(true)
                .endArray();
        json.name("c").beginObject().endObject().endObject().flush();
        assertThat(text).hasToString("{\"a\":1,\"b\":[\"x\",2.5,true],\"c\":{}}");
    }

    @Test
    void notANumberIsWrittenAsNull() {
        StringWriter text = new StringWriter();
        new JsonWriter(text)
                .beginArray()
                .value(Double.NaN)
                .value(Double.POSITIVE_INFINITY)
                .nullableNumber(null)
                .value((Boolean) null)
                .endArray()
                .flush();
        assertThat(text).hasToString("[null,null,null,null]");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersButNotChinese() {
        StringWriter text = new StringWriter();
        new JsonWriter(text).value("第\"一\"小学\\\n\t\u0001").flush();
        assertThat(text).hasToString("\"第\\\"一\\\"小学\\\\\\n\\t\\u0001\"");
    }

    @Test
    void bytesAreUtf8() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new JsonWriter(bytes).value("城关第一小学").flush();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\"城关第一小学\"");
    }

    @Test
    void aDecimalKeepsItsPointAndANonFiniteOneIsNull() {
        var text = new StringWriter();
        var json = new JsonWriter(text);
        json.beginArray()
                .decimal(2.0)
                .decimal(0.25)
                .decimal(Double.NaN)
                .value(2.0)
                .endArray()
                .flush();

        assertThat(text).hasToString("[2.0,0.25,null,2]");
    }
}
