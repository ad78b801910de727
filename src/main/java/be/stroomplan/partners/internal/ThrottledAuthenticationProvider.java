package be.stroomplan.partners.internal;

import be.stroomplan.platform.AddressThrottle;
import be.stroomplan.platform.LoginThrottledException;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password login against the built-in identity store, refused early while the name is locked
 * by {@link LoginThrottle}, or while the client's address is locked by the platform's
 * {@link AddressThrottle} (many failures from one address, whatever the names). Used for both the
 * login form and HTTP Basic on the API.
 */
@Component
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AddressThrottle addresses;

    ThrottledAuthenticationProvider(PartnerUserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle,
                                    AddressThrottle addresses) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
        this.addresses = addresses;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        var lockedUntil = throttle.lockedUntil(username).or(() -> addresses.lockedUntil(address));
        if (lockedUntil.isPresent()) {
            throw new LoginThrottledException(lockedUntil.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.reset(username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(username);
            addresses.recordFailure(address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
