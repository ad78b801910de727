package be.stroomplan.subjects.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import be.stroomplan.partners.UserProfile;
import be.stroomplan.subjects.InvalidSubjectInput;
import be.stroomplan.subjects.SubjectCategory;
import be.stroomplan.subjects.SubjectNotFound;
import be.stroomplan.subjects.SubjectRefused;
import be.stroomplan.subjects.SubjectRegister;
import be.stroomplan.subjects.imports.ImportJob;
import be.stroomplan.subjects.imports.ImportKind;
import be.stroomplan.subjects.imports.SubjectImports;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The import pages: a form to upload a file into a compartment the user writes in (refusals shown
 * in the user's language, the form kept), the user's imports, and one import with its progress,
 * refreshed every second while it runs, and its refused rows.
 */
@Controller
@RequestMapping("/subjects/imports")
@PreAuthorize("isAuthenticated()")
class ImportPagesController {

    private final SubjectImports imports;
    private final SubjectRegister register;
    private final SubjectUsers users;

    ImportPagesController(SubjectImports imports, SubjectRegister register, SubjectUsers users) {
        this.imports = imports;
        this.register = register;
        this.users = users;
    }

    @GetMapping
    String form(Model model) {
        UserProfile user = users.current();
        prepare(model, user, null, null, null);
        return "subjects/imports";
    }

    @PostMapping
    String upload(@RequestParam(required = false) String kind, @RequestParam(required = false) String compartment,
                  @RequestParam(required = false) String category, @RequestParam(required = false) MultipartFile file,
                  Model model) throws IOException {
        UserProfile user = users.current();
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", List.of(InvalidSubjectInput.of("file", "subjects.imports.noFile").problems().get(0)));
            prepare(model, user, kind, compartment, category);
            return "subjects/imports";
        }
        try (InputStream body = file.getInputStream()) {
            ImportJob job = imports.start(user, kind, compartment, category, body);
            return "redirect:/subjects/imports/" + job.id();
        } catch (InvalidSubjectInput invalid) {
            model.addAttribute("errors", invalid.problems());
        } catch (SubjectNotFound | SubjectRefused refused) {
            model.addAttribute("errors", List.of(InvalidSubjectInput.of("compartment", "subjects.imports.compartmentRefused").problems().get(0)));
        }
        prepare(model, user, kind, compartment, category);
        return "subjects/imports";
    }

    @GetMapping("/{id}")
    String one(@PathVariable String id, Model model) {
        model.addAttribute("job", job(id));
        return "subjects/import";
    }

    /** The progress block alone, for the page's refresh while the import runs. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable String id, Model model) {
        model.addAttribute("job", job(id));
        return "subjects/import :: progress";
    }

    private ImportJob job(String id) {
        try {
            return imports.find(users.current(), id);
        } catch (SubjectNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private void prepare(Model model, UserProfile user, String kind, String compartment, String category) {
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("categories", SubjectCategory.values());
        model.addAttribute("compartments", register.writableCompartments(user));
        model.addAttribute("jobs", imports.ofUser(user));
        model.addAttribute("chosenKind", kind == null ? "PERSONS" : kind);
        model.addAttribute("chosenCompartment", compartment);
        model.addAttribute("chosenCategory", category == null ? "OTHER" : category);
        model.addAttribute("personColumns", String.join(",", ImportKind.PERSONS.columns()));
        model.addAttribute("companyColumns", String.join(",", ImportKind.COMPANIES.columns()));
    }
}
