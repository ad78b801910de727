package be.stroomplan.platform.web;

import be.stroomplan.platform.NavigationItem;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web shell: the model every page's layout needs. The navigation entries come from
 * {@link NavigationItem} beans of every module (the platform's own in {@link PlatformNavigation}).
 */
@Configuration(proxyBeanMethods = false)
class WebShellConfiguration implements WebMvcConfigurer {

    private final ObjectProvider<NavigationItem> items;

    WebShellConfiguration(ObjectProvider<NavigationItem> items) {
        this.items = items;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ShellModel(items));
    }
}
