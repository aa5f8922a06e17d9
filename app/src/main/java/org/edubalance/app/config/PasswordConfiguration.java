package org.edubalance.app.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, needed with or without the web layer (accounts are created by the demo seeding too). */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /** Adaptive hashes with their algorithm named ({@code {bcrypt}…}), so the algorithm can move on later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
