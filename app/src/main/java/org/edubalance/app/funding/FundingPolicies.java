package org.edubalance.app.funding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edubalance.core.funding.FundingPolicy;
import org.edubalance.dataimport.policy.FundingPolicyReader;
import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.springframework.stereotype.Component;

/**
 * The funding policies of the page: the shipped ones by id, and a county file read from its text with the same reader
 * the command line uses, so a county file means the same on the page as in {@code plan funding --policy}. The reader
 * takes files; the text goes through a temporary one that is deleted at once, so nothing of a refused file is kept.
 */
@Component
final class FundingPolicies {
    /** A county file is a dozen lines; anything this large is not a policy file. */
    static final int MAX_YAML_BYTES = 16 * 1024;
    /** The id an uploaded policy is shown and exported under. */
    static final String UPLOADED = "county-policy.yaml";

    /** The ids a page offers: the shipped policies. */
    List<String> shipped() {
        return FundingPolicyReader.SHIPPED;
    }

    /** Shipped policy {@code id}; the first shipped one when {@code id} is no shipped id. */
    FundingPolicy shipped(String id) {
        return FundingPolicyReader.load(
                FundingPolicyReader.SHIPPED.contains(id) ? id : FundingPolicyReader.SHIPPED.getFirst());
    }

    /**
     * The policy {@code yaml} describes.
     *
     * @throws FundingPolicyException naming the key and the rule
     */
    FundingPolicy read(String yaml) {
        if (yaml.getBytes(StandardCharsets.UTF_8).length > MAX_YAML_BYTES) {
            throw new FundingPolicyException(PolicyProblem.tooLarge(MAX_YAML_BYTES / 1024));
        }
        try {
            Path dir = Files.createTempDirectory("edubalance-funding");
            Path file = dir.resolve(UPLOADED);
            try {
                Files.writeString(file, yaml);
                return FundingPolicyReader.load(file.toString());
            } catch (InvalidPolicyException e) {
                throw new FundingPolicyException(PolicyProblem.of(e));
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
