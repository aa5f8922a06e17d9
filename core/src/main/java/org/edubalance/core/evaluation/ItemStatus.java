package org.edubalance.core.evaluation;

/** The state of an assessment item. */
public enum ItemStatus {
    MET,
    NOT_MET,
    /** An input the item needs is missing or unreadable: the item is neither met nor failed. */
    MISSING
}
