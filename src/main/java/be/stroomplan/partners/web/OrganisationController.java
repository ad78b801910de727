package be.stroomplan.partners.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import be.stroomplan.partners.OrganisationKind;
import be.stroomplan.partners.PartnerDirectory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The partner organisations: public knowledge among the partners, so every user may list them;
 * only the functional administrator registers a new one.
 */
@RestController
@RequestMapping("/api/v1/organisations")
@PreAuthorize("isAuthenticated()")
class OrganisationController {

    private final PartnerDirectory directory;
    private final PartnerAdministration administration;

    OrganisationController(PartnerDirectory directory, PartnerAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    @GetMapping
    List<OrganisationView> organisations() {
        return directory.organisations().stream().map(OrganisationView::of).toList();
    }

    @GetMapping("/{code}")
    OrganisationView organisation(@PathVariable String code) {
        return directory.organisation(code).map(OrganisationView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No organisation with this code"));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('FUNCTIONAL_ADMIN')")
    ResponseEntity<OrganisationView> register(@Valid @RequestBody NewOrganisation request) {
        OrganisationView created = OrganisationView.of(administration.createOrganisation(request.toForm()));
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.code())).body(created);
    }

    @ExceptionHandler(AdministrationRefused.class)
    ProblemDetail refused(AdministrationRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "An organisation with this code already exists.");
        problem.setTitle("Conflict");
        problem.setProperty("errors", List.of(java.util.Map.of("field", String.valueOf(refused.field()),
                "message", refused.messageKey())));
        return problem;
    }

    /** A new partner organisation; unknown extra fields are ignored. */
    record NewOrganisation(@NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,63}$") String code,
                           @NotBlank @Size(max = 200) String nameNl,
                           @NotBlank @Size(max = 200) String nameFr,
                           @NotBlank @Size(max = 200) String nameEn,
                           @NotNull OrganisationKind kind) {

        OrganisationForm toForm() {
            OrganisationForm form = new OrganisationForm();
            form.setCode(code);
            form.setNameNl(nameNl);
            form.setNameFr(nameFr);
            form.setNameEn(nameEn);
            form.setKind(kind);
            return form;
        }
    }
}
