package be.stroomplan.sharing.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import be.stroomplan.partners.UserProfile;
import be.stroomplan.platform.Actor;
import be.stroomplan.platform.CurrentActor;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.protocols.DenyReason;
import be.stroomplan.sharing.Compartment;
import be.stroomplan.sharing.Compartments;
import be.stroomplan.sharing.InformationItems;
import be.stroomplan.sharing.InvalidSharingInput;
import be.stroomplan.sharing.ItemPage;
import be.stroomplan.sharing.ItemSort;
import be.stroomplan.sharing.MemberType;
import be.stroomplan.sharing.SharingNotFound;
import be.stroomplan.sharing.SharingRefused;
import be.stroomplan.sharing.WithheldItem;
import be.stroomplan.sharing.WithheldPage;
import be.stroomplan.sharing.web.SharingViews.CompartmentView;
import be.stroomplan.sharing.web.SharingViews.MemberView;
import be.stroomplan.sharing.web.SharingViews.Page;
import be.stroomplan.sharing.web.SharingViews.SummaryView;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Compartments over the API: open one (any user with a content role; the creator becomes MANAGER
 * and the creator's organisation the owner), list mine, read one, manage members (MANAGER only),
 * add items and list them (through the policy). A compartment the user is not a member of does
 * not exist for that user (404).
 */
@RestController
@RequestMapping("/api/v1/compartments")
@PreAuthorize("isAuthenticated()")
class CompartmentApiController {

    private final Compartments compartments;
    private final InformationItems items;
    private final SharingUsers users;
    private final TransactionTemplate transaction;

    CompartmentApiController(Compartments compartments, InformationItems items, SharingUsers users, TransactionTemplate transaction) {
        this.compartments = compartments;
        this.items = items;
        this.users = users;
        this.transaction = transaction;
    }

    record MemberRequest(String type, String id, String role) {
    }

    record CompartmentRequest(String kind, String title, String reference, List<MemberRequest> members) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CompartmentView> open(@RequestBody CompartmentRequest request) {
        UserProfile user = users.current();
        if (user.roles().stream().allMatch(r -> r.name().equals("FUNCTIONAL_ADMIN") || r.name().equals("DPO")
                || r.name().equals("PROJECT_LEAD"))) {
            throw new SharingRefused(DenyReason.ROLE_NOT_ALLOWED);
        }
        CompartmentKind kind = parse("kind", request.kind(), CompartmentKind.class);
        if (request.title() == null || request.title().isBlank() || request.title().length() > 300) {
            throw new InvalidSharingInput("title", "is required, at most 300 characters");
        }
        if (request.reference() != null && request.reference().length() > 100) {
            throw new InvalidSharingInput("reference", "is longer than 100 characters");
        }
        Actor actor = CurrentActor.get();
        UUID id = transaction.execute(status -> {
            UUID opened = compartments.open(kind, request.title(), user.organisation().code(), request.reference(), actor);
            if (request.members() != null) {
                for (MemberRequest member : request.members()) {
                    compartments.addMember(opened, parse("members.type", member.type(), MemberType.class), member.id(),
                            parse("members.role", member.role(), CompartmentRole.class));
                }
            }
            return opened;
        });
        Compartment compartment = compartments.find(id).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/compartments/" + id))
                .body(CompartmentView.of(compartment, CompartmentRole.MANAGER, compartments.members(id)));
    }

    @GetMapping
    Page<CompartmentView> mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var result = compartments.compartmentsOf(users.current(), Math.max(0, page), Math.min(Math.max(1, size), 200));
        return new Page<>(result.items().stream().map(e -> CompartmentView.of(e.getKey(), e.getValue(), null)).toList(),
                result.page(), result.size(), result.totalPages(), result.totalItems());
    }

    @GetMapping("/{id}")
    CompartmentView compartment(@PathVariable String id) {
        UUID compartmentId = SharingUsers.id(id, "compartment");
        CompartmentRole role = member(compartmentId, users.current());
        return CompartmentView.of(compartments.find(compartmentId).orElseThrow(), role, compartments.members(compartmentId));
    }

    @PostMapping(path = "/{id}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<MemberView>> addMember(@PathVariable String id, @RequestBody MemberRequest request) {
        UUID compartmentId = managed(id);
        compartments.addMember(compartmentId, parse("type", request.type(), MemberType.class), request.id(),
                parse("role", request.role(), CompartmentRole.class));
        return ResponseEntity.status(HttpStatus.CREATED).body(compartments.members(compartmentId).stream().map(MemberView::of).toList());
    }

    @DeleteMapping("/{id}/members/{type}/{memberId}")
    ResponseEntity<Void> removeMember(@PathVariable String id, @PathVariable String type, @PathVariable String memberId) {
        UUID compartmentId = managed(id);
        compartments.removeMember(compartmentId, parse("type", type, MemberType.class), memberId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{id}/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SharingViews.ItemView> addItem(@PathVariable String id, @RequestBody ItemRequest request,
                                                  @RequestParam(required = false) String purpose,
                                                  @RequestParam(required = false) String derivedFrom) {
        UUID compartment = SharingUsers.id(id, "compartment");
        if (derivedFrom != null) {
            return ItemApiController.created(items.derive(users.current(), SharingUsers.id(derivedFrom, "item"), compartment,
                    request.content(), purpose));
        }
        return ItemApiController.created(items.add(users.current(), compartment, request.content(), purpose));
    }

    @GetMapping("/{id}/items")
    Page<SummaryView> items(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "50") int size, @RequestParam(defaultValue = "CREATED") String sort,
                            @RequestParam(defaultValue = "desc") String dir, @RequestParam(required = false) String purpose) {
        ItemPage result = items.page(users.current(), SharingUsers.id(id, "compartment"), purpose, Math.max(0, page),
                Math.min(Math.max(1, size), 200), parse("sort", sort, ItemSort.class), "asc".equalsIgnoreCase(dir));
        return new Page<>(result.items().stream().map(SummaryView::of).toList(), result.page(), result.size(),
                result.totalPages(), result.totalItems());
    }

    @GetMapping("/{id}/withheld")
    Page<WithheldItem> withheld(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size, @RequestParam(required = false) String purpose) {
        WithheldPage result = items.withheld(users.current(), SharingUsers.id(id, "compartment"), purpose, Math.max(0, page),
                Math.min(Math.max(1, size), 200));
        return new Page<>(result.items(), result.page(), result.size(), result.totalPages(), result.totalItems());
    }

    private CompartmentRole member(UUID compartmentId, UserProfile user) {
        return compartments.membership(compartmentId, user).orElseThrow(() -> new SharingNotFound("compartment"));
    }

    private UUID managed(String id) {
        UUID compartmentId = SharingUsers.id(id, "compartment");
        if (member(compartmentId, users.current()) != CompartmentRole.MANAGER) {
            throw new SharingRefused(DenyReason.ROLE_NOT_ALLOWED);
        }
        return compartmentId;
    }

    static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            throw new InvalidSharingInput(field, "is required");
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSharingInput(field, "must be one of " + List.of(type.getEnumConstants()));
        }
    }
}
