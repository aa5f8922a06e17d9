package org.edubalance.dataimport.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a YAML document into plain maps, lists, strings, numbers and booleans, with the safe loader: no tags, no
 * object construction, so a policy file can never instantiate a class. What the keys mean is the caller's business.
 */
public final class YamlTree {
    private YamlTree() {}

    /**
     * The document in {@code in} (UTF-8), or {@code null} for an empty document.
     *
     * @throws IOException with the line and column when the text is not YAML
     */
    public static @Nullable Object read(InputStream in, String name) throws IOException {
        return read(in, name, false);
    }

    /**
     * As {@link #read}, with every decimal read as the exact {@link java.math.BigDecimal} of its text ({@code 0.1}
     * stays one tenth), for policies whose numbers decide seats.
     */
    public static @Nullable Object readExact(InputStream in, String name) throws IOException {
        return read(in, name, true);
    }

    private static @Nullable Object read(InputStream in, String name, boolean exact) throws IOException {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            SafeConstructor constructor = exact ? new ExactDecimals(options) : new SafeConstructor(options);
            return new Yaml(constructor).load(reader);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            String where =
                    mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
            throw new IOException(name + " is not valid YAML" + where + ": " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new IOException(name + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    /** The safe constructor with YAML floats as exact decimals of their text. */
    private static final class ExactDecimals extends SafeConstructor {
        ExactDecimals(LoaderOptions options) {
            super(options);
            yamlConstructors.put(
                    org.yaml.snakeyaml.nodes.Tag.FLOAT, new org.yaml.snakeyaml.constructor.AbstractConstruct() {
                        @Override
                        public Object construct(org.yaml.snakeyaml.nodes.Node node) {
                            String text = constructScalar((org.yaml.snakeyaml.nodes.ScalarNode) node)
                                    .replace("_", "");
                            try {
                                return new java.math.BigDecimal(text);
                            } catch (NumberFormatException e) {
                                // .inf and .nan are floats to YAML but no decimals: leave them as text for the caller
                                // to refuse.
                                return text;
                            }
                        }
                    });
        }
    }
}
