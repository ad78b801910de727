package be.stroomplan.partners.internal;

import be.stroomplan.platform.LoginThrottledException;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password login against the built-in identity store, refused early while the name is locked
 * by {@link LoginThrottle}. Used for both the login form and HTTP Basic on the API.
 */
@Component
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(PartnerUserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        var lockedUntil = throttle.lockedUntil(username);
        if (lockedUntil.isPresent()) {
            throw new LoginThrottledException(lockedUntil.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.reset(username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(username);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
