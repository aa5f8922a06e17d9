/** The rules of teacher exchange (交流轮岗) a county must follow: who may move, how many, where to and why. */
@NullMarked
package org.edubalance.core.rotation;

import org.jspecify.annotations.NullMarked;
