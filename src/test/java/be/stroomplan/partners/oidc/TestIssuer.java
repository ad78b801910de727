package be.stroomplan.partners.oidc;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for the tests: Spring Authorization Server in its own small
 * application context on a random port, one per JVM (accounts link to its issuer and subjects, so
 * every test context must see the same one).
 * <p>
 * It is not a Stroomplan context: no component scan (the configuration class carries no stereotype,
 * so the application's scan ignores it too), only the auto-configurations listed, no config files,
 * no database.
 */
final class TestIssuer {

    static final String PASSWORD = "issuer-password";
    /** The audience every access token must carry to be accepted by the Stroomplan API. */
    static final String API_AUDIENCE = "stroomplan-api";
    /** Loopback redirect URI of the test's own client: the port may vary, nothing listens there. */
    static final String CALLBACK = "http://127.0.0.1/callback";

    /** Clients: {@code partner-system} and {@code stroomplan-web} get the API audience, {@code other-app} does not. */
    static final String PARTNER_CLIENT = "partner-system";
    static final String OTHER_CLIENT = "other-app";
    static final String MACHINE_CLIENT = "machine";
    static final String WEB_CLIENT = "stroomplan-web";

    /** Each client's secret (the provider refuses two clients with one secret). */
    static String secret(String clientId) {
        return clientId + "-secret";
    }

    /** Users whose {@code preferred_username} differs from their subject. */
    static final Map<String, String> USERNAME_CLAIMS = Map.of("impostor", "kali.fgp");

    private static TestIssuer instance;

    private final ConfigurableApplicationContext context;
    private final String issuer;

    private TestIssuer(ConfigurableApplicationContext context) {
        this.context = context;
        this.issuer = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    static synchronized TestIssuer get() {
        if (instance == null) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(IssuerApplication.class)
                    .logStartupInfo(false)
                    .registerShutdownHook(true)
                    .run("--spring.config.name=oidc-test-issuer", // no application.yml of the platform
                            "--server.port=0",
                            "--server.shutdown=immediate",
                            "--spring.main.banner-mode=off",
                            "--spring.jmx.enabled=false",
                            "--stroomplan.database.embedded.enabled=false", // no second PostgreSQL
                            "--logging.level.root=WARN",
                            "--logging.level.be.stroomplan=INFO");
            instance = new TestIssuer(context);
        }
        return instance;
    }

    /** The issuer URL, as the provider states it in its tokens and metadata. */
    String issuer() {
        return issuer;
    }

    String keyId() {
        return context.getBean(RSAKey.class).getKeyID();
    }

    /** Signs these claims with the provider's own key, as the provider would. */
    String sign(JWTClaimsSet claims) {
        return sign(claims, context.getBean(RSAKey.class));
    }

    static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAKey newRsaKey(String keyId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(keyId).build();
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The provider's configuration. Deliberately not a {@code @Configuration}: no scan may find it. */
    @ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
            SecurityFilterAutoConfiguration.class })
    static class IssuerApplication {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                    .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                    .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain loginChain(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService issuerUsers() {
            return new InMemoryUserDetailsManager(
                    List.of("kali.fgp", "stranger", "impostor", "oud.account").stream()
                            .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build())
                            .toList());
        }

        @Bean
        RegisteredClientRepository registeredClients() {
            return new InMemoryRegisteredClientRepository(
                    userClient(PARTNER_CLIENT, CALLBACK),
                    userClient(OTHER_CLIENT, CALLBACK),
                    userClient(WEB_CLIENT, "http://127.0.0.1/login/oauth2/code/test-idp"),
                    RegisteredClient.withId(UUID.randomUUID().toString())
                            .clientId(MACHINE_CLIENT)
                            .clientSecret("{noop}" + secret(MACHINE_CLIENT))
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                            .scope("api")
                            .build());
        }

        private static RegisteredClient userClient(String clientId, String redirectUri) {
            return RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(clientId)
                    .clientSecret("{noop}" + secret(clientId))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(redirectUri)
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                    .build();
        }

        /** {@code preferred_username} in ID and access tokens; the API audience on access tokens. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> tokenCustomizer() {
            return context -> {
                if (AuthorizationGrantType.AUTHORIZATION_CODE.equals(context.getAuthorizationGrantType())) {
                    String name = context.getPrincipal().getName();
                    context.getClaims().claim(StandardClaimNames.PREFERRED_USERNAME, USERNAME_CLAIMS.getOrDefault(name, name));
                }
                String clientId = context.getRegisteredClient().getClientId();
                if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType()) && !OTHER_CLIENT.equals(clientId)) {
                    context.getClaims().audience(List.of(clientId, API_AUDIENCE));
                }
            };
        }

        @Bean
        RSAKey signingKey() {
            return newRsaKey("test-issuer-" + UUID.randomUUID());
        }

        @Bean
        JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
            return new ImmutableJWKSet<>(new JWKSet(signingKey));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
