/** Whether the platform may take traffic: the readiness endpoint a load balancer asks. */
@NullMarked
package org.edubalance.app.readiness;

import org.jspecify.annotations.NullMarked;
