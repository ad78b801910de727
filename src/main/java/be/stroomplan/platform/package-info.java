/**
 * The platform: start-up, the embedded PostgreSQL server, the one security configuration, error
 * answers as RFC 9457 problem details, languages and time zone, and the web layout every page
 * decorates. It knows no domain: other modules build on it, it builds on none of them.
 * <p>
 * Its public API is {@link be.stroomplan.platform.Actor} and {@link be.stroomplan.platform.CurrentActor}:
 * who is acting, on behalf of which organisation, from which address. Modules extend the web shell
 * with {@link be.stroomplan.platform.NavigationItem} beans (entries of the main navigation, shown by
 * role) and tell the start page who a user is through {@link be.stroomplan.platform.UserSummaries}.
 * Templates format every date in Belgian time with the {@code @dates} bean
 * ({@link be.stroomplan.platform.web.DateFormats}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package be.stroomplan.platform;
