package be.stroomplan.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A multipart body the servlet container cannot parse (a file name with a NUL, a broken boundary)
 * is bad input: 400, as problem+json on the API and the error page elsewhere (through
 * {@link ErrorPages}). Spring MVC meets it before any controller is chosen, so no controller advice
 * sees it, and it would otherwise be a 500 (found by the attack probes). Too large a body stays
 * Spring's own 413.
 */
@Component
class MultipartRefusals implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(MultipartRefusals.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(ex instanceof MultipartException refused) || ex instanceof MaxUploadSizeExceededException) {
            return null;
        }
        log.info("Refused a multipart request to {}: {}", request.getRequestURI(), refused.getMostSpecificCause().getMessage());
        try {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
