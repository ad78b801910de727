package be.stroomplan.platform.security;

import jakarta.servlet.ServletException;

import be.stroomplan.platform.LoginThrottledException;
import be.stroomplan.platform.database.DatabaseOutage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one security configuration. Deny by default: every request must be authenticated, and
 * every controller states its own rule with {@code @PreAuthorize} (an architecture test checks).
 * <ul>
 * <li>API ({@code /api/**}, {@code /v3/api-docs}, actuator): HTTP Basic against the built-in
 * identity store (configurable off), bearer tokens when an OIDC issuer is configured, or the
 * browser session; errors as problem+json; CSRF for cookie sessions only.</li>
 * <li>Web: form login (and OIDC login when a client is registered), CSRF, strict headers.</li>
 * </ul>
 * Bearer tokens and OIDC logins act as a local account: the {@code Converter<Jwt, ...>} and the
 * {@code OAuth2UserService<OidcUserRequest, OidcUser>} beans that map them are required once OIDC is
 * configured, so that no token is ever accepted on the strength of its own claims alone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, SecuritySettings settings, JsonMapper json,
                                    ObjectProvider<JwtDecoder> jwtDecoder,
                                    ObjectProvider<Converter<Jwt, AbstractAuthenticationToken>> jwtConverter) throws Exception {
        boolean bearer = jwtDecoder.getIfAvailable() != null;
        ProblemResponses problems = new ProblemResponses(json, settings.basicEnabled(), bearer);
        http.securityMatcher(request -> {
                    String path = request.getRequestURI().substring(request.getContextPath().length());
                    return path.startsWith("/api/") || path.startsWith("/v3/api-docs") || path.startsWith("/actuator");
                })
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("FUNCTIONAL_ADMIN")
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.ignoringRequestMatchers(hasAuthorizationHeader()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(SecurityConfiguration::strictHeaders);
        if (settings.basicEnabled()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        if (bearer) {
            // required, never Spring's default: the converter (partners module) maps the token to the
            // local account, which decides organisation and roles, or refuses it with a 401
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtConverter.getObject())));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http,
                                    ObjectProvider<ClientRegistrationRepository> clients,
                                    ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> oidcUsers) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/login", "/error", "/error/**", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico").permitAll()
                        // the public list of active protocols (parties, purposes, legal basis; no personal data)
                        .requestMatchers("/protocols/public").permitAll()
                        // public statistics: organisation-wide counts, small counts suppressed (impact module)
                        .requestMatchers("/statistics", "/statistics.csv").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .failureHandler((request, response, failure) -> {
                            if (DatabaseOutage.explains(failure)) {
                                // not a wrong password: the outage filter answers with the 503 page
                                throw new ServletException("The credentials could not be checked", failure);
                            }
                            response.sendRedirect(request.getContextPath()
                                    + (failure instanceof LoginThrottledException ? "/login?locked" : "/login?error"));
                        })
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .headers(SecurityConfiguration::strictHeaders);
        if (clients.getIfAvailable() != null) {
            // required, never Spring's default: the user service (partners module) maps the identity
            // to the local account, or refuses the login
            http.oauth2Login(login -> login.loginPage("/login")
                    .failureUrl("/login?oidcError")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers.getObject())));
        }
        return http.build();
    }

    private static RequestMatcher hasAuthorizationHeader() {
        return request -> request.getHeader("Authorization") != null;
    }

    private static void strictHeaders(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()"));
    }
}
