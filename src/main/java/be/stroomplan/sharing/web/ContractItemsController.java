package be.stroomplan.sharing.web;

import be.stroomplan.sharing.InformationItems;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contract path of DESIGN.md §5 for adding items to a case: {@code POST /api/v1/cases/{id}/items}.
 * Until the cases module exists, {@code {id}} is the compartment id; that module will map its own
 * ids to its compartments and take this path over (the dossiers module took over
 * {@code POST /api/v1/dossiers/{id}/items}).
 */
@RestController
@PreAuthorize("isAuthenticated()")
class ContractItemsController {

    private final InformationItems items;
    private final SharingUsers users;

    ContractItemsController(InformationItems items, SharingUsers users) {
        this.items = items;
        this.users = users;
    }

    @PostMapping(path = "/api/v1/cases/{id}/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SharingViews.ItemView> caseItem(@PathVariable String id, @RequestBody ItemRequest request,
                                                   @RequestParam(required = false) String purpose) {
        return ItemApiController.created(items.add(users.current(), SharingUsers.id(id, "case"), request.content(), purpose));
    }
}
