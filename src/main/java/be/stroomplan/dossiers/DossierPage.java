package be.stroomplan.dossiers;

import java.util.List;

/** One page of the dossiers a user may read. */
public record DossierPage(List<Dossier> items, int page, int size, int totalPages, long totalItems) {

    public DossierPage {
        items = List.copyOf(items);
    }
}
