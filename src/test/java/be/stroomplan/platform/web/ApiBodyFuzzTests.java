package be.stroomplan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.Tag;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzz target for every JSON request body of the API: each {@code @RequestBody} type of every
 * {@code @RestController} (found by scanning, so a new endpoint is covered without a change here),
 * read by the JSON mapper exactly as Spring Boot configures it (its Jackson auto-configuration and
 * the application's {@code spring.jackson} settings), then validated by Bean Validation.
 * <p>
 * An input is the simple name of a body type on the first line and the JSON after it (an unknown
 * name picks a type by its hash, so fuzzing reaches them all). Invariants: reading either gives a
 * value or throws a {@link JacksonException} (which Spring MVC answers with 400), never another
 * exception (that would be a 500); validation never throws; and a value that was read writes and
 * reads back as an equal value.
 */
@Tag("fuzz")
class ApiBodyFuzzTests {

    private static final Map<String, JavaType> BODIES = new TreeMap<>();
    private static JsonMapper json;
    private static Validator validator;

    @BeforeAll
    static void mapper() {
        var runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .withPropertyValues("spring.jackson.time-zone=UTC");
        runner.run(started -> json = started.getBean(JsonMapper.class));
        validator = Validation.buildDefaultValidatorFactory().getValidator();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        scanner.findCandidateComponents("be.stroomplan").stream()
                .map(candidate -> ClassUtils.resolveClassName(Objects.requireNonNull(candidate.getBeanClassName()), null))
                .flatMap(controller -> Arrays.stream(controller.getDeclaredMethods()))
                .sorted(Comparator.comparing(Method::toGenericString))
                .flatMap(method -> Arrays.stream(method.getParameters()))
                .filter(parameter -> parameter.isAnnotationPresent(RequestBody.class))
                .map(Parameter::getParameterizedType)
                .filter(type -> !(type instanceof Class<?> c) || c != String.class && c != byte[].class)
                .forEach(type -> {
                    JavaType javaType = json.constructType(type);
                    BODIES.putIfAbsent(javaType.getRawClass().getSimpleName(), javaType);
                });
    }

    @AfterAll
    static void close() {
        BODIES.clear();
    }

    @Test
    void everyJsonBodyOfTheApiIsAFuzzTarget() {
        assertThat(BODIES).containsKeys("SubjectDraft", "DossierDraft", "CaseRequest", "ItemRequest", "ProtocolRequest",
                "CheckRequest", "DisclosureRequest");
        assertThat(BODIES).hasSizeGreaterThan(30);
    }

    @FuzzTest(maxDuration = "5m")
    void requestBodies(byte[] input) {
        int newline = indexOf(input, (byte) '\n');
        String name = new String(input, 0, newline < 0 ? 0 : newline, StandardCharsets.UTF_8).strip();
        byte[] body = newline < 0 ? input : Arrays.copyOfRange(input, newline + 1, input.length);
        JavaType type = BODIES.get(name);
        if (type == null) {
            List<JavaType> all = List.copyOf(BODIES.values());
            type = all.get(Math.floorMod(name.hashCode(), all.size()));
        }
        Object value;
        try {
            value = json.readValue(body, type);
        } catch (JacksonException refused) {
            return; // 400 Bad Request
        }
        if (value == null) {
            return; // a JSON null body: 400, ‘Required request body is missing’
        }
        validator.validate(value);
        Object again = json.readValue(json.writeValueAsBytes(value), type);
        assertThat(again).as("%s written and read back", type).isEqualTo(value);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
