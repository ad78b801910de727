package be.stroomplan.subjects.imports;

import static be.stroomplan.subjects.imports.ImportTestFiles.enterpriseNumber;
import static be.stroomplan.subjects.imports.ImportTestFiles.nationalNumber;
import static be.stroomplan.subjects.imports.ImportTestFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports over real HTTP into the embedded PostgreSQL: whole or nothing, each refused row with its
 * line and reason, idempotent when run again, KBO open data joined, FtM in and out, and only for
 * users who may write in the compartment.
 */
@ApplicationTest
class SubjectImportIntegrationTests {

    static final String PERSONS_HEADER = "ref,name,birth_date,birth_place,nationality,national_number,street,number,postcode,"
            + "municipality,phone,email\n";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SubjectImports imports;

    Http http;
    String compartment;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void compartment() {
        http = new Http(port);
        var created = http.post("/api/v1/compartments", "kali.fgp", "demo", "application/json",
                "{\"kind\": \"DOSSIER\", \"title\": \"Import %s\"}".formatted(UUID.randomUUID()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        compartment = created.json().path("id").asString();
    }

    @Test
    void aValidListOfPersonsIsTakenInWholeAndARerunChangesNothingTwice() {
        String csv = PERSONS_HEADER
                + "P-1,Mohamed El Amrani,1989-04-12,Antwerpen,BE," + nationalNumber("890412", 123) + ",Kerkstraat,5A,2060,Antwerpen,0470 12 34 56,m.elamrani@example.be\n"
                + "P-2,\"Van der Berghe, Jan\",1975-01-30,,BE," + nationalNumber("750130", 45) + ",,,,,,\n"
                + "P-3,Ayşe Yılmaz,,,TR,,,,,,,\r\n";
        JsonNode done = finished(start("persons", utf8(csv)));
        assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.path("created").asLong()).isEqualTo(3);
        assertThat(done.path("percent").asInt()).isEqualTo(100);

        var listed = http.get("/api/v1/subjects?compartment=" + compartment, "kali.fgp", "demo");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().path("items").valueStream().map(i -> i.path("ref").asString()).toList())
                .containsExactlyInAnyOrder("P-1", "P-2", "P-3");
        String elAmrani = listed.json().path("items").valueStream().filter(i -> i.path("ref").asString().equals("P-1"))
                .findFirst().orElseThrow().path("id").asString();
        JsonNode subject = http.get("/api/v1/subjects/" + elAmrani + "?purpose=" + compartment, "kali.fgp", "demo").json();
        assertThat(subject.toString()).contains("+32470123456").contains("Kerkstraat 5A, 2060 Antwerpen");
        // the imported name is searchable like a typed one, with its variants
        var found = http.get("/api/v1/subjects?q=Muhammad%20Elamrani&purpose=" + compartment, "kali.fgp", "demo");
        assertThat(found.json().path("items").valueStream().map(i -> i.path("id").asString()).toList()).contains(elAmrani);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'IMPORT' AND object_id = ?")
                .param(done.path("id").asString()).query(Long.class).single()).isEqualTo(1);

        JsonNode again = finished(start("persons", utf8(csv)));
        assertThat(again.path("status").asString()).isEqualTo("DONE");
        assertThat(again.path("created").asLong()).isZero();
        assertThat(again.path("updated").asLong()).isEqualTo(3);
        assertThat(count()).isEqualTo(3);
        assertThat(staged(done.path("id").asString())).isZero();
    }

    @Test
    void malformedRowsAreEachReportedAndNothingIsTakenIn() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(utf8(PERSONS_HEADER));
        file.writeBytes(utf8("OK-1,Jan Peeters,1980-02-02,,BE," + nationalNumber("800202", 7) + ",,,,,,\n"));  // line 2, valid
        file.writeBytes(utf8("BAD-1,Piet Janssens,,,BE,80020200875,,,,,,\n"));                                // line 3, check digits (74 is right)
        file.writeBytes(new byte[] { 'B', 'A', 'D', '-', '2', ',', 'J', (byte) 0xC3, (byte) 0x28, 'n', ',', ',', ',', ',', ',', ',', ',', ',', ',', ',', '\n' }); // line 4, not UTF-8
        file.writeBytes(utf8("BAD-3,Too,Few,Fields\n"));                                                    // line 5
        file.writeBytes(utf8("BAD-4," + "x".repeat(70_000) + ",,,,,,,,,,\n"));                             // line 6, a huge line
        file.writeBytes(utf8("BAD-5,Karel Bosmans,1980-13-45,,BEL,,,,,,,\n"));                            // line 7, date and nationality
        file.writeBytes(utf8("OK-1,Jan Peeters bis,,,,,,,,,,\n"));                                           // line 8, ref twice
        JsonNode failed = finished(start("persons", file.toByteArray()));
        assertThat(failed.path("status").asString()).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.path("created").asLong()).isZero();
        Map<Integer, List<String>> reasons = new LinkedHashMap<>();
        failed.path("rejected").forEach(r -> reasons.computeIfAbsent(r.path("line").asInt(), l -> new ArrayList<>())
                .add(r.path("code").asString()));
        assertThat(reasons.keySet()).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(reasons.get(3)).containsExactly("subjects.identifier.checkDigits");
        assertThat(reasons.get(4)).containsExactly("subjects.import.error.encoding");
        assertThat(reasons.get(5)).containsExactly("subjects.import.error.fieldCount");
        assertThat(reasons.get(6)).containsExactly("subjects.import.error.tooLong");
        assertThat(reasons.get(7)).containsExactlyInAnyOrder("subjects.error.date", "subjects.error.tooLong");
        assertThat(reasons.get(8)).containsExactly("subjects.import.error.duplicateRef");
        assertThat(failed.path("rejectedCount").asLong()).isEqualTo(6);
        assertThat(failed.path("rejected").get(0).path("message").asString()).isNotBlank();
        assertThat(count()).as("nothing of the file is in the register, not even its valid row").isZero();
        assertThat(staged(failed.path("id").asString())).isZero();
    }

    @Test
    void aWrongHeaderOrKindIsRefusedAtOnce() {
        var header = http.post(path("persons"), "kali.fgp", "demo", "text/csv", utf8("name,ref\nJan,1\n"));
        assertThat(header.status()).isEqualTo(400);
        assertThat(header.header("Content-Type")).startsWith("application/problem+json");
        assertThat(header.json().path("errors").get(0).path("code").asString()).isEqualTo("subjects.import.error.header");
        var kind = http.post("/api/v1/imports?kind=excel&compartment=" + compartment, "kali.fgp", "demo", "text/csv",
                utf8(PERSONS_HEADER));
        assertThat(kind.status()).isEqualTo(400);
        var empty = http.post(path("persons"), "kali.fgp", "demo", "text/csv", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        var unquoted = finished(start("persons", utf8(PERSONS_HEADER + "Q-1,\"Jan Peeters,,,,,,,,,,,\n")));
        assertThat(unquoted.path("rejected").get(0).path("code").asString()).isEqualTo("subjects.import.error.unterminatedQuote");
        var zip = http.post(path("kbo"), "kali.fgp", "demo", "application/zip", utf8("not a zip"));
        assertThat(zip.status()).isEqualTo(400);
        assertThat(count()).isZero();
    }

    @Test
    void onlyUsersWhoWriteInTheCompartmentImportAndSeeTheirImport() {
        String csv = PERSONS_HEADER + "A-1,Jan Peeters,,,,,,,,,,\n";
        assertThat(http.post(path("persons"), "stad", "demo", "text/csv", utf8(csv)).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/imports?kind=persons&compartment=" + UUID.randomUUID(), "kali.fgp", "demo", "text/csv",
                utf8(csv)).status()).isEqualTo(404);
        assertThat(http.post(path("persons"), "admin", "demo", "text/csv", utf8(csv)).status()).isIn(403, 404);
        var reader = http.post("/api/v1/compartments/" + compartment + "/members", "kali.fgp", "demo", "application/json",
                "{\"type\": \"USER\", \"id\": \"kali.pza\", \"role\": \"READER\"}");
        assertThat(reader.status()).as(reader.body()).isIn(200, 201);
        var refused = http.post(path("persons"), "kali.pza", "demo", "text/csv", utf8(csv));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("reasons").get(0).path("code").asString()).isEqualTo("ROLE_NOT_ALLOWED");

        String id = start("persons", utf8(csv));
        assertThat(http.get("/api/v1/imports/" + id, "kali.pza", "demo").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/imports/" + UUID.randomUUID(), "kali.fgp", "demo").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/imports/not-an-id", "kali.fgp", "demo").status()).isEqualTo(404);
        assertThat(finished(id).path("status").asString()).isEqualTo("DONE");
    }

    @Test
    void companiesAndTheKboOpenDataAreJoinedIntoOneRecordPerEnterprise() {
        String first = enterpriseNumber(1);
        String second = enterpriseNumber(2);
        String companies = "ref,name,legal_form,enterprise_number,street,number,postcode,municipality,nace\n"
                + "C-1,Carwash Noord BV,BV," + first + ",Noorderlaan,100,2030,Antwerpen,45.20;96.09\n";
        JsonNode done = finished(start("companies", utf8(companies)));
        assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("DONE");

        Map<String, String> files = new LinkedHashMap<>();
        files.put("meta.csv", "\"Variable\",\"Value\"\n\"SnapshotDate\",\"01-11-2026\"\n");
        files.put("enterprise.csv", "\"EnterpriseNumber\",\"Status\",\"JuridicalSituation\",\"TypeOfEnterprise\",\"JuridicalForm\","
                + "\"JuridicalFormCAC\",\"StartDate\"\n"
                + "\"" + first + "\",\"AC\",\"000\",\"2\",\"610\",\"\",\"01-02-2020\"\n"
                + "\"" + second + "\",\"AC\",\"000\",\"2\",\"014\",\"\",\"15-06-2011\"\n");
        files.put("denomination.csv", "\"EntityNumber\",\"Language\",\"TypeOfDenomination\",\"Denomination\"\n"
                + "\"" + second + "\",\"1\",\"001\",\"Import Export Zuid SA\"\n"
                + "\"" + second + "\",\"2\",\"001\",\"Import Export Zuid NV\"\n"
                + "\"" + second + "\",\"2\",\"003\",\"IEZ\"\n"
                + "\"" + first + "\",\"2\",\"001\",\"Carwash Noord\"\n"
                + "\"2.100.200.300\",\"2\",\"001\",\"Vestiging\"\n");
        files.put("address.csv", "\"EntityNumber\",\"TypeOfAddress\",\"CountryNL\",\"CountryFR\",\"Zipcode\",\"MunicipalityNL\","
                + "\"MunicipalityFR\",\"StreetNL\",\"StreetFR\",\"HouseNumber\",\"Box\",\"ExtraAddressInfo\",\"DateStrikingOff\"\n"
                + "\"" + second + "\",\"REGO\",\"\",\"\",\"2000\",\"Antwerpen\",\"Anvers\",\"Meir\",\"Meir\",\"1\",\"\",\"\",\"01-01-2015\"\n"
                + "\"" + second + "\",\"REGO\",\"\",\"\",\"2030\",\"Antwerpen\",\"Anvers\",\"Haven\",\"Port\",\"27\",\"3\",\"\",\"\"\n");
        files.put("activity.csv", "\"EntityNumber\",\"ActivityGroup\",\"NaceVersion\",\"NaceCode\",\"Classification\"\n"
                + "\"" + second + "\",\"001\",\"2003\",\"51900\",\"MAIN\"\n"
                + "\"" + second + "\",\"001\",\"2008\",\"46900\",\"MAIN\"\n"
                + "\"" + second + "\",\"001\",\"2008\",\"52290\",\"SECO\"\n");
        files.put("code.csv", "\"Category\",\"Code\",\"Language\",\"Description\"\n"
                + "\"JuridicalForm\",\"014\",\"FR\",\"Société anonyme\"\n"
                + "\"JuridicalForm\",\"014\",\"NL\",\"Naamloze vennootschap\"\n");
        JsonNode kbo = finished(start("kbo", ImportTestFiles.zip(files)));
        assertThat(kbo.path("status").asString()).as(kbo.toString()).isEqualTo("DONE");
        assertThat(kbo.path("created").asLong()).as("both enterprises of the zip, by their KBO number").isEqualTo(2);
        assertThat(kbo.path("updated").asLong()).as("the KBO row of C-1's company has a reference of its own: the KBO number")
                .isEqualTo(0);
        Map<String, Object> zuid = jdbc.sql("SELECT name, legal_form, nace_codes::text AS nace FROM subject WHERE compartment_id = ?"
                + " AND ref = ?").params(UUID.fromString(compartment), second).query().singleRow();
        assertThat(zuid).containsEntry("name", "Import Export Zuid NV").containsEntry("legal_form", "Naamloze vennootschap")
                .containsEntry("nace", "{46900}");
        assertThat(jdbc.sql("SELECT street || ' ' || number || '/' || box || ', ' || postcode FROM subject_address a JOIN subject s"
                + " ON s.id = a.subject_id WHERE s.compartment_id = ? AND s.ref = ?").params(UUID.fromString(compartment), second)
                .query(String.class).single()).isEqualTo("Haven 27/3, 2030");

        files.put("enterprise.csv", files.get("enterprise.csv") + "\"0123.456.789\",\"AC\",\"000\",\"2\",\"014\",\"\",\"01-01-2000\"\n");
        JsonNode bad = finished(start("kbo", ImportTestFiles.zip(files)));
        assertThat(bad.path("status").asString()).isEqualTo("FAILED");
        assertThat(bad.path("rejected").get(0).path("file").asString()).isEqualTo("enterprise.csv");
        assertThat(bad.path("rejected").valueStream().map(r -> r.path("line").asInt()).toList()).contains(4);
    }

    @Test
    void followTheMoneyEntitiesComeInAndGoOutWithTheirLinks() throws Exception {
        String ftm = String.join("\n",
                "{\"id\": \"p1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Karim Bouzid\"], \"birthDate\": [\"1985-07-01\"],"
                        + " \"nationality\": [\"be\"], \"phone\": [\"+32 470 12 34 56\"]}}",
                "{\"id\": \"c1\", \"schema\": \"Company\", \"properties\": {\"name\": [\"Nachtwinkel De Hoek BV\"],"
                        + " \"registrationNumber\": [\"" + enterpriseNumber(3) + "\"]}}",
                "{\"id\": \"a1\", \"schema\": \"Address\", \"properties\": {\"full\": [\"Kerkstraat 5A, 2060 Antwerpen\"]}}",
                "{\"id\": \"d1\", \"schema\": \"Directorship\", \"properties\": {\"director\": [\"p1\"], \"organization\": [\"c1\"],"
                        + " \"startDate\": [\"2021-03-01\"]}}",
                "{\"id\": \"u1\", \"schema\": \"UnknownLink\", \"properties\": {\"subject\": [\"p1\"], \"object\": [\"a1\"]}}",
                "");
        JsonNode done = finished(start("ftm", utf8(ftm)));
        assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.path("created").asLong()).isEqualTo(3);
        assertThat(done.path("relations").asLong()).isEqualTo(2);

        var export = http.get("/api/v1/exports/ftm?compartment=" + compartment, "kali.fgp", "demo");
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("application/x-ndjson");
        List<JsonNode> entities = export.body().lines().map(json::readTree).toList();
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        entities.forEach(e -> byId.put(e.path("id").asString(), e));
        assertThat(entities).extracting(e -> e.path("schema").asString())
                .containsExactlyInAnyOrder("Person", "Company", "Address", "Directorship", "UnknownLink");
        JsonNode directorship = entities.stream().filter(e -> e.path("schema").asString().equals("Directorship")).findFirst().orElseThrow();
        JsonNode director = byId.get(directorship.path("properties").path("director").get(0).asString());
        assertThat(director.path("properties").path("name").get(0).asString()).isEqualTo("Karim Bouzid");
        assertThat(director.path("properties").path("phone").get(0).asString()).startsWith("+32 470");
        assertThat(byId.get(directorship.path("properties").path("organization").get(0).asString()).path("schema").asString())
                .isEqualTo("Company");
        assertThat(directorship.path("properties").path("startDate").get(0).asString()).isEqualTo("2021-03-01");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND object_id = ?").param(compartment)
                .query(Long.class).single()).isEqualTo(1);

        assertThat(http.get("/api/v1/exports/ftm?compartment=" + compartment, "stad", "demo").status()).isEqualTo(404);
        var dangling = finished(start("ftm", utf8("{\"id\": \"x\", \"schema\": \"Family\", \"properties\": {\"person\": [\"p1\"],"
                + " \"relative\": [\"nobody\"]}}\n{\"id\": \"y\", \"schema\": \"Airplane\", \"properties\": {}}\nnot json\n")));
        assertThat(dangling.path("rejected").valueStream().map(r -> r.path("code").asString()).toList())
                .containsExactly("subjects.import.error.unknownEnd", "subjects.import.error.schema", "subjects.import.error.json");
    }

    @Test
    void anImportWhoseNodeStoppedIsFailedAndCanRunAgain() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO subject_import (id, kind, compartment_id, owner_org, created_by, created_at, status, phase,"
                        + " heartbeat_at) VALUES (?, 'PERSONS', ?, 'FGP_ANTWERPEN', 'kali.fgp', now(), 'RUNNING', 'MERGING', ?)")
                .params(id, UUID.fromString(compartment), java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(1)))).update();
        jdbc.sql("INSERT INTO subject_import_staging (import_id, file, line, fields) VALUES (?, 0, 2, '{a,b}')").param(id).update();
        assertThat(imports.recover(Instant.now().minus(Duration.ofMinutes(10)))).isGreaterThanOrEqualTo(1);
        JsonNode failed = http.get("/api/v1/imports/" + id, "kali.fgp", "demo").json();
        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.path("failure").asString()).contains("interrupted");
        assertThat(staged(id.toString())).isZero();
    }

    @Test
    void anImportedRecordCarriesTheSameKeysAsOneTypedInThroughTheApi() {
        String number = enterpriseNumber(7);
        String companies = "ref,name,legal_form,enterprise_number,street,number,postcode,municipality,nace\n"
                + "IMP-C,\"Nachtwinkel Él-Amrani & Van der Berghe, Comm.V\",CommV," + number + ",Sint-Bernardsesteenweg,12B,2660,"
                + "Hoboken,47.11|56.101\n";
        String nn = nationalNumber("890412", 321);
        String persons = PERSONS_HEADER + "IMP-P,Mohammed  Ben-Ali Öztürk,1989-04-12,Borgerhout,ma," + nn
                + ",Turnhoutsebaan,12,2140,Borgerhout,+32 470 12 34 56,M.BenAli@Example.be\n";
        assertThat(finished(start("companies", utf8(companies))).path("status").asString()).isEqualTo("DONE");
        assertThat(finished(start("persons", utf8(persons))).path("status").asString()).isEqualTo("DONE");
        var company = http.post("/api/v1/subjects", "kali.fgp", "demo", "application/json", """
                {"compartment": "%s", "type": "COMPANY", "name": "Nachtwinkel Él-Amrani & Van der Berghe, Comm.V",
                 "legalForm": "CommV", "naceCodes": ["47.11", "56.101"], "ref": "API-C", "category": "OTHER",
                 "identifiers": [{"type": "ENTERPRISE_NUMBER", "value": "%s"}],
                 "addresses": [{"street": "Sint-Bernardsesteenweg", "number": "12B", "postcode": "2660", "municipality": "Hoboken"}]}"""
                .formatted(compartment, number));
        assertThat(company.status()).as(company.body()).isEqualTo(201);
        var person = http.post("/api/v1/subjects", "kali.fgp", "demo", "application/json", """
                {"compartment": "%s", "type": "PERSON", "name": "Mohammed  Ben-Ali Öztürk", "birthDate": "1989-04-12",
                 "birthPlace": "Borgerhout", "nationality": "ma", "ref": "API-P", "category": "OTHER",
                 "identifiers": [{"type": "NATIONAL_NUMBER", "value": "%s"}, {"type": "PHONE", "value": "+32 470 12 34 56"},
                                 {"type": "EMAIL", "value": "M.BenAli@Example.be"}],
                 "addresses": [{"street": "Turnhoutsebaan", "number": "12", "postcode": "2140", "municipality": "Borgerhout"}]}"""
                .formatted(compartment, nn));
        assertThat(person.status()).as(person.body()).isEqualTo(201);

        for (String[] pair : new String[][] { { "IMP-C", "API-C" }, { "IMP-P", "API-P" } }) {
            Map<String, Object> imported = keys(pair[0]);
            Map<String, Object> typed = keys(pair[1]);
            assertThat(imported.get("name_variants").toString()).as("the keys are really there").isNotEqualTo("{}");
            assertThat(imported.get("identifiers").toString()).as("identifiers are really there").isNotBlank();
            for (String key : typed.keySet()) {
                assertThat(imported.get(key)).as(pair[0] + " against " + pair[1] + ": " + key).isEqualTo(typed.get(key));
            }
        }
    }

    /** Every column and side row that search, matching and listing read, but the record's own id, ref and time. */
    private Map<String, Object> keys(String ref) {
        return jdbc.sql("""
                SELECT s.type, s.name, s.name_normalised, s.name_canonical, s.name_variants::text AS name_variants,
                       s.name_phonetic::text AS name_phonetic, subject_fold(s.name) AS folded, s.birth_date, s.birth_place,
                       s.nationality, s.legal_form, s.nace_codes::text AS nace_codes, s.category, s.owner_org, s.on_record, s.version,
                       (SELECT string_agg(i.type || '|' || i.value || '|' || i.display || '|' || i.match_key, ';'
                               ORDER BY i.type, i.value) FROM subject_identifier i WHERE i.subject_id = s.id) AS identifiers,
                       (SELECT string_agg(a.position || '|' || a.street || '|' || a.number || '|' || a.box || '|' || a.postcode
                               || '|' || a.municipality || '|' || a.match_key, ';' ORDER BY a.position)
                          FROM subject_address a WHERE a.subject_id = s.id) AS addresses
                  FROM subject s WHERE s.compartment_id = ? AND s.ref = ?""").params(UUID.fromString(compartment), ref)
                .query().singleRow();
    }

    // ------------------------------------------------------------------------------------------

    private String path(String kind) {
        return "/api/v1/imports?kind=" + kind + "&compartment=" + compartment;
    }

    private String start(String kind, byte[] body) {
        var response = http.post(path(kind), "kali.fgp", "demo", kind.equals("kbo") ? "application/zip" : "text/csv", body);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.header("Location")).endsWith(response.json().path("id").asString());
        return response.json().path("id").asString();
    }

    private JsonNode finished(String id) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            var response = http.get("/api/v1/imports/" + id, "kali.fgp", "demo");
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            if (!response.json().path("status").asString().equals("RUNNING")) {
                return response.json();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import " + id + " did not finish within a minute");
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM subject WHERE compartment_id = ?").param(UUID.fromString(compartment))
                .query(Long.class).single();
    }

    private long staged(String id) {
        return jdbc.sql("SELECT (SELECT count(*) FROM subject_import_staging WHERE import_id = ?)"
                + " + (SELECT count(*) FROM subject_import_ready WHERE import_id = ?)").params(UUID.fromString(id), UUID.fromString(id))
                .query(Long.class).single();
    }
}
