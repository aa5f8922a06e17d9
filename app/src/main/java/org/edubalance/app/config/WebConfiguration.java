package org.edubalance.app.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language switch: {@code ?lang=zh|en} on any page, remembered in a cookie; Chinese by default. Only the shipped
 * languages are ever in effect: the language is part of the keys of the pre-rendered page parts, so a {@code ?lang=}
 * (or a cookie) naming anything else falls back to Chinese instead of adding a language per distinct value.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
    /** The languages of the shipped messages, the default first. */
    static final List<Locale> SHIPPED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        var cookie = new CookieLocaleResolver("edubalance-lang");
        cookie.setDefaultLocale(SHIPPED.getFirst());
        cookie.setCookieMaxAge(Duration.ofDays(365));
        return new ShippedLanguages(cookie);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        // A malformed ?lang= is ignored like an unknown one, instead of failing the page.
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** The shipped language of {@code asked}'s language, or the default (Chinese). */
    static Locale shipped(@Nullable Locale asked) {
        if (asked != null) {
            for (Locale locale : SHIPPED) {
                if (locale.getLanguage().equals(asked.getLanguage())) {
                    return locale;
                }
            }
        }
        return SHIPPED.getFirst();
    }

    /** The cookie resolver, narrowed to the shipped languages on the way in and on the way out. */
    private record ShippedLanguages(CookieLocaleResolver cookie) implements LocaleResolver {
        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return shipped(cookie.resolveLocale(request));
        }

        @Override
        public void setLocale(
                HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
            cookie.setLocale(request, response, shipped(locale));
        }
    }
}
