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
 * The contract path of DESIGN.md §5 for adding items to a dossier: {@code POST /api/v1/dossiers/{id}/items}.
 * Until the dossiers module exists, {@code {id}} is the compartment id. The cases module owns
 * {@code POST /api/v1/cases/{id}/items}.
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

    @PostMapping(path = "/api/v1/dossiers/{id}/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SharingViews.ItemView> dossierItem(@PathVariable String id, @RequestBody ItemRequest request,
                                                      @RequestParam(required = false) String purpose) {
        return ItemApiController.created(items.add(users.current(), SharingUsers.id(id, "dossier"), request.content(), purpose));
    }
}
