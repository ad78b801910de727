package be.stroomplan.cases.internal;

import java.util.List;
import java.util.UUID;

import be.stroomplan.cases.ScreeningCheck;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The screening check until the deconfliction module provides one: ‘not checked’. */
@Configuration
class NotScreened {

    @Bean
    @ConditionalOnMissingBean(ScreeningCheck.class)
    ScreeningCheck notCheckedScreening() {
        return (UUID caseId, List<ScreeningCheck.Target> targets) -> ScreeningCheck.Result.notChecked();
    }
}
