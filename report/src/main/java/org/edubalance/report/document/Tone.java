package org.edubalance.report.document;

/** How a renderer sets an element apart: a judgement (good, bad, warning) or one of the chart series colours. */
public enum Tone {
    NEUTRAL,
    GOOD,
    BAD,
    WARNING,
    SERIES_1,
    SERIES_2,
    SERIES_3
}
