package be.stroomplan.platform.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the login page one "log in with ..." link per registered OpenID Connect provider, when
 * OIDC login is configured (model attribute {@code loginProviders}, empty otherwise).
 */
@ControllerAdvice(assignableTypes = PageController.class)
class LoginOptions {

    record LoginProvider(String registrationId, String name) {
    }

    private final ObjectProvider<ClientRegistrationRepository> clients;

    LoginOptions(ObjectProvider<ClientRegistrationRepository> clients) {
        this.clients = clients;
    }

    @ModelAttribute("loginProviders")
    List<LoginProvider> loginProviders() {
        List<LoginProvider> providers = new ArrayList<>();
        if (clients.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object candidate : registrations) {
                if (candidate instanceof ClientRegistration registration
                        && AuthorizationGrantType.AUTHORIZATION_CODE.equals(registration.getAuthorizationGrantType())) {
                    String name = registration.getClientName() == null || registration.getClientName().isBlank()
                            ? registration.getRegistrationId() : registration.getClientName();
                    providers.add(new LoginProvider(registration.getRegistrationId(), name));
                }
            }
        }
        return providers;
    }
}
