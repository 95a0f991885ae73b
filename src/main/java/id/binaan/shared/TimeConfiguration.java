package id.binaan.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in the facility's local zone (WITA for Pangkep). */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(@Value("${binaan.zone:Asia/Makassar}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
