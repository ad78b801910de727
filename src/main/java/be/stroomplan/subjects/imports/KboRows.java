package be.stroomplan.subjects.imports;

import java.util.List;
import java.util.Map;

/**
 * The public KBO/BCE open-data files (Kruispuntbank van Ondernemingen), as the FOD Economie
 * publishes them: one zip with CSV files that carry a header row. Four are needed, one is used when
 * present; the others (meta, contact, establishment, branch) are skipped. Each is staged as it is,
 * and one query joins them into one row per enterprise: the registered name (the official name
 * before an abbreviation or a trade name; Dutch before French before any other language), the legal
 * form (its Dutch description when code.csv is there, else its code), the registered office (the
 * REGO address not struck off) and the main NACE codes of the newest NACE version.
 */
final class KboRows {

    private KboRows() {
    }

    /** A file of the zip: its number in staging and its header. */
    record KboFile(int number, String name, List<String> columns, boolean required) {
    }

    static final List<KboFile> FILES = List.of(
            new KboFile(1, "enterprise.csv", List.of("EnterpriseNumber", "Status", "JuridicalSituation", "TypeOfEnterprise",
                    "JuridicalForm", "JuridicalFormCAC", "StartDate"), true),
            new KboFile(2, "denomination.csv", List.of("EntityNumber", "Language", "TypeOfDenomination", "Denomination"), true),
            new KboFile(3, "address.csv", List.of("EntityNumber", "TypeOfAddress", "CountryNL", "CountryFR", "Zipcode",
                    "MunicipalityNL", "MunicipalityFR", "StreetNL", "StreetFR", "HouseNumber", "Box", "ExtraAddressInfo",
                    "DateStrikingOff"), true),
            new KboFile(4, "activity.csv", List.of("EntityNumber", "ActivityGroup", "NaceVersion", "NaceCode", "Classification"),
                    true),
            new KboFile(5, "code.csv", List.of("Category", "Code", "Language", "Description"), false));

    static final Map<Integer, String> NAMES = Map.of(1, "enterprise.csv", 2, "denomination.csv", 3, "address.csv",
            4, "activity.csv", 5, "code.csv");

    /** One enterprise with what the other files say about it. */
    record Enterprise(int line, String number, String name, String legalForm, String street, String houseNumber, String box,
                      String postcode, String municipality, List<String> nace) {
    }

    /** The join; parameter 1 is the import's id. Ordered by the line of enterprise.csv. */
    static final String JOIN = """
            WITH staged AS (SELECT file, line, fields FROM subject_import_staging WHERE import_id = ?),
            den AS (SELECT DISTINCT ON (fields[1]) fields[1] AS k, fields[4] AS name FROM staged
                    WHERE file = 2 AND fields[3] IN ('001', '002', '003') AND fields[4] <> ''
                    ORDER BY fields[1], fields[3], CASE fields[2] WHEN '2' THEN 0 WHEN '1' THEN 1 ELSE 2 END, line),
            adr AS (SELECT DISTINCT ON (fields[1]) fields[1] AS k, coalesce(nullif(fields[8], ''), fields[9]) AS street,
                        fields[10] AS house, fields[11] AS box, fields[5] AS zip, coalesce(nullif(fields[6], ''), fields[7]) AS town
                    FROM staged WHERE file = 3 AND fields[2] = 'REGO' AND fields[13] = '' ORDER BY fields[1], line),
            act AS (SELECT k, nace FROM (SELECT fields[1] AS k, array_agg(DISTINCT fields[4]) AS nace,
                        rank() OVER (PARTITION BY fields[1] ORDER BY fields[3] DESC) AS newest
                    FROM staged WHERE file = 4 AND fields[5] = 'MAIN' GROUP BY fields[1], fields[3]) v WHERE newest = 1),
            code AS (SELECT DISTINCT ON (fields[2]) fields[2] AS code, fields[4] AS description FROM staged
                    WHERE file = 5 AND fields[1] = 'JuridicalForm' ORDER BY fields[2], CASE fields[3] WHEN 'NL' THEN 0 ELSE 1 END)
            SELECT e.line, e.fields[1] AS number, den.name, left(coalesce(code.description, nullif(e.fields[5], '')), 50) AS legal_form,
                   adr.street, adr.house, adr.box, adr.zip, adr.town, coalesce(act.nace, '{}') AS nace
              FROM staged e
              LEFT JOIN den ON den.k = e.fields[1]
              LEFT JOIN adr ON adr.k = e.fields[1]
              LEFT JOIN act ON act.k = e.fields[1]
              LEFT JOIN code ON code.code = e.fields[5]
             WHERE e.file = 1
             ORDER BY e.line""";
}
