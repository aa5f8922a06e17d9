package org.edubalance.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImportIssueCodeTest {

    @Test
    void codesAreUniqueGreppableAndMatchTheConstantName() {
        assertThat(ImportIssueCode.values())
                .extracting(ImportIssueCode::code)
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("IMP-(W)?\\d{2,3}"));
        for (ImportIssueCode code : ImportIssueCode.values()) {
            assertThat(code.code()).isEqualTo(code.name().replace('_', '-'));
            assertThat(code.description()).isNotBlank().doesNotEndWith(".");
        }
    }

    @Test
    void onlyWCodesAreWarnings() {
        assertThat(Arrays.stream(ImportIssueCode.values()).filter(ImportIssueCode::isWarning))
                .allMatch(code -> code.code().startsWith("IMP-W"))
                .contains(ImportIssueCode.IMP_W01, ImportIssueCode.IMP_W02, ImportIssueCode.IMP_W03);
        assertThat(ImportIssueCode.IMP_001.isWarning()).isFalse();
    }
}
