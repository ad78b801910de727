package be.stroomplan.partners.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The password rule for accounts of the built-in identity store: 12 to 64 characters, not only
 * spaces, and at most 72 bytes in UTF-8 (the limit of bcrypt, which hashes them). Length beats
 * composition rules (NIST SP 800-63B); an empty value counts as invalid.
 */
@Documented
@Constraint(validatedBy = AcceptablePassword.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@interface AcceptablePassword {

    int MIN_LENGTH = 12;
    int MAX_LENGTH = 64;
    int MAX_BYTES = 72;

    String message() default "{AcceptablePassword}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AcceptablePassword, String> {

        @Override
        public boolean isValid(String password, ConstraintValidatorContext context) {
            return password != null
                    && password.codePointCount(0, password.length()) >= MIN_LENGTH
                    && password.codePointCount(0, password.length()) <= MAX_LENGTH
                    && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES
                    && !password.isBlank();
        }
    }
}
