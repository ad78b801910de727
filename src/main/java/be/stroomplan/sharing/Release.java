package be.stroomplan.sharing;

import java.util.List;

/**
 * What a magistrate’s release made: the new item in the case, the disclosures made with it to the
 * case’s organisations that a protocol covers, and the organisations no protocol covers (they do
 * not read it).
 */
public record Release(InformationItem item, List<Disclosure> disclosures, List<String> notCovered) {

    public Release {
        disclosures = List.copyOf(disclosures);
        notCovered = List.copyOf(notCovered);
    }
}
