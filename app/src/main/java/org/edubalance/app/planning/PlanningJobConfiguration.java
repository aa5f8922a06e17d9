package org.edubalance.app.planning;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings of {@code app.planning.*} (docs/planning/jobs.md §3). */
@Configuration(proxyBeanMethods = false)
class PlanningJobConfiguration {

    @Bean
    PlanningJobSettings planningJobSettings(
            @Value("${app.planning.instance-id:}") String instance,
            @Value("${app.planning.lease:30s}") Duration lease,
            @Value("${app.planning.heartbeat:5s}") Duration heartbeat,
            @Value("${app.planning.poll-interval:1s}") Duration pollInterval,
            @Value("${app.planning.run-jobs:true}") boolean runJobs,
            @Value("${server.port:8080}") int port) {
        return new PlanningJobSettings(
                instance.isBlank() ? hostName() + ":" + port : instance, lease, heartbeat, pollInterval, runJobs);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
