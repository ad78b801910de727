package be.stroomplan.subjects.synthetic;

import java.util.List;

import be.stroomplan.subjects.PostalAddress;

/**
 * A generated company record; records with the same {@code entity} are the same company. Absent
 * fields are null; identifiers are always valid.
 *
 * @param legalForm BV, NV, VOF or CommV
 * @param naceCodes NACE Rev. 2 classes, the main activity first
 * @param containers ISO 6346 container numbers it ships with (import/export and logistics)
 */
public record SyntheticCompany(long entity, int copy, String name, String legalForm, String enterpriseNumber, Sector sector,
        List<String> naceCodes, PostalAddress address, String iban, String phone, String email, List<String> containers) {

    public SyntheticCompany {
        naceCodes = List.copyOf(naceCodes);
        containers = List.copyOf(containers);
    }

    /** A reference unique within a generated population: ‘C42-0’. */
    public String ref() {
        return "C" + entity + "-" + copy;
    }

    public boolean duplicate() {
        return copy > 0;
    }
}
