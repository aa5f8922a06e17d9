package org.edubalance.planning.quota;

/** The batch that admitted a candidate: the quota batch (指标生) or the general batch (统招, 平行志愿). */
public enum Batch {
    QUOTA,
    GENERAL
}
