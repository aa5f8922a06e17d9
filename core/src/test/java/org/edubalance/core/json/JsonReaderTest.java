package org.edubalance.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    @Test
    void reads_back_what_the_writer_writes_numbers_as_decimals() {
        var text = new StringWriter();
        var json = new JsonWriter(text);
        json.beginObject();
        json.name("a").value("x\"y\n中");
        json.name("n").value(612.5);
        json.name("k").value(3L);
        json.name("z").value((String) null);
        json.name("b").value(Boolean.TRUE);
        json.name("l").beginArray().value(1L).beginObject().endObject().endArray();
        json.endObject();
        json.flush();

        Object parsed = JsonReader.parse(text.toString());

        Map<?, ?> map = (Map<?, ?>) parsed;
        assertThat(map.containsKey("z")).isTrue();
        assertThat(map.get("z")).isNull();
        map.remove("z");
        assertThat(map)
                .isEqualTo(Map.of(
                        "a",
                        "x\"y\n中",
                        "n",
                        new BigDecimal("612.5"),
                        "k",
                        new BigDecimal("3"),
                        "b",
                        true,
                        "l",
                        List.of(new BigDecimal("1"), Map.of())));
    }

    @Test
    void text_that_is_not_json_is_named_by_its_offset() {
        assertThatThrownBy(() -> JsonReader.parse("{\"a\": }"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not JSON at character 6");
        assertThatThrownBy(() -> JsonReader.parse("[1] x")).hasMessageContaining("text after the document");
    }
}
