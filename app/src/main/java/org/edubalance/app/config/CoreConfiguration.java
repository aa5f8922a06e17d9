package org.edubalance.app.config;

import java.time.Clock;
import org.edubalance.dataimport.county.CountyInputsImporter;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.dataimport.staff.TeacherImporter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Core and import objects as beans (docs/style.md §3: core classes carry no Spring annotations). */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SchoolImporter schoolImporter() {
        return new SchoolImporter();
    }

    @Bean
    CountyInputsImporter countyInputsImporter() {
        return new CountyInputsImporter();
    }

    @Bean
    TeacherImporter teacherImporter() {
        return new TeacherImporter();
    }
}
