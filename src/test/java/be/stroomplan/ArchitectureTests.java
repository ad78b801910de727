package be.stroomplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rules the compiler cannot check: deny by default, constructor injection, names from the domain. */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.stroomplan");

    /** Every request handler states who may call it; nothing is reachable by omission. */
    @Test
    void everyRequestHandlerDeclaresItsAccessRule() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Controller.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .and().areMetaAnnotatedWith(RequestMapping.class)
                .should(declareAccessRule())
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void dependenciesAreInjectedThroughConstructors() {
        noFields().should().beAnnotatedWith(Autowired.class).check(CLASSES);
    }

    @Test
    void noGrabBagClasses() {
        noClasses().should().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Impl")
                .check(CLASSES);
    }

    @Test
    void controllersLiveInTheirModulesWebPackage() {
        classes().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should().resideInAnyPackage("be.stroomplan.*.web..", "be.stroomplan.*.*.web..")
                .check(CLASSES);
    }

    private static ArchCondition<JavaMethod> declareAccessRule() {
        return new ArchCondition<>("declare @PreAuthorize on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                JavaClass owner = method.getOwner();
                boolean declared = method.isAnnotatedWith(PreAuthorize.class) || owner.isAnnotatedWith(PreAuthorize.class)
                        || owner.isAssignableTo(ErrorController.class);
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has no @PreAuthorize"));
                }
            }
        };
    }
}
