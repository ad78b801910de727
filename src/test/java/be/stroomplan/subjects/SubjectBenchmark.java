package be.stroomplan.subjects;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.Team;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.partners.internal.UserAccount;
import be.stroomplan.partners.internal.UserStore;
import be.stroomplan.subjects.synthetic.Difficulty;
import be.stroomplan.subjects.synthetic.SyntheticCompany;
import be.stroomplan.subjects.synthetic.SyntheticPerson;
import be.stroomplan.subjects.synthetic.SyntheticPopulation;
import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The subject register at Antwerp scale; a benchmark, not a test (its name keeps it out of the
 * normal build). Run it with {@code bench/subjects.sh}.
 * <ol>
 * <li><b>Fuzzy search</b> over {@code bench.persons} generated persons and {@code bench.companies}
 * companies spread over 20 KALI dossiers, of which the searching investigator is a member of 10:
 * {@code GET /api/v1/subjects?q=&purpose=} through real HTTP and the service
 * ({@link SubjectRegister#search}: policy filter, six name keys, ranking, total, audit row),
 * against the raw pg_trgm query (one trigram condition on the folded name, no policy, top 20).
 * The queries are names of the generator's duplicate records: typos, transliterations, swapped
 * names.</li>
 * <li><b>3-hop neighbourhood</b> over {@code bench.relations} relations among the same subjects:
 * {@code GET /api/v1/subjects/{id}/graph?depth=3} and {@link SubjectRegister#graph}, against the
 * raw recursive CTE with the same walk, no policy.</li>
 * <li><b>Import</b> of {@code bench.imports} enterprise rows ({@code kind=companies}) through the
 * API, from the request (the upload included) to DONE, against a raw {@code COPY} of the same file
 * into a table of text columns without indexes; the import's phases are in the application's log.
 * The same enterprises as a KBO open-data zip ({@code kind=kbo}), against a raw {@code COPY} of
 * each of its four files.</li>
 * </ol>
 * Figures go to {@code target/bench/subjects-*.txt}.
 */
@ApplicationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubjectBenchmark {

    private static final String PASSWORD = "demo";
    private static final int COMPARTMENTS = 20;

    private static String user;
    private static List<UUID> dossiers;
    private static List<String> queries;
    private static List<UUID> roots;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;
    @Autowired
    org.springframework.core.env.Environment environment;
    @Autowired
    UserStore users;
    @Autowired
    PartnerDirectory directory;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SubjectRegister register;

    final int persons = Integer.getInteger("bench.persons", 1_000_000);
    final int companies = Integer.getInteger("bench.companies", 300_000);
    final int relations = Integer.getInteger("bench.relations", 5_000_000);
    final int imports = Integer.getInteger("bench.imports", 1_000_000);
    final int requests = Integer.getInteger("bench.requests", 20);
    final int rounds = Integer.getInteger("bench.rounds", 10);

    private final StringBuilder report = new StringBuilder();

    @Test
    @Order(1)
    void fuzzySearch() throws Exception {
        populate();
        UserProfile profile = directory.profile(user).orElseThrow();
        String purpose = dossiers.get(0).toString();
        HttpClient client = logIn();
        Random random = new Random(7);
        Map<String, Consumer<String>> sides = new LinkedHashMap<>();
        sides.put("raw pg_trgm: folded name % q, top 20, no policy (baseline)", q -> jdbc.sql("""
                SELECT id, name, similarity(subject_fold(name), :q) AS score FROM subject
                WHERE subject_fold(name) % :q ORDER BY score DESC LIMIT 20""").param("q", Names.normalise(q)).query().listOfRows());
        sides.put("service: SubjectRegister.search (policy, name keys + tokens, rank, total, audit)",
                q -> register.search(profile, q, purpose, 0, 20));
        sides.put("HTTP: GET /api/v1/subjects?q=&purpose= (all of it + JSON)",
                q -> get(client, "/api/v1/subjects?size=20&purpose=" + purpose + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
        line("Fuzzy search over %,d persons and %,d companies (%,d subject rows with duplicates) in %d dossiers, the user in %d;"
                + " %d cores; load before %s", persons, companies, count("subject"), COMPARTMENTS, COMPARTMENTS / 2,
                Runtime.getRuntime().availableProcessors(), load());
        line("hits per query (service total, capped at %d): median %d", SubjectRegister.MAX_RESULTS, medianHits(profile, purpose));
        measure(sides, () -> queries.get(random.nextInt(queries.size())));
        write("subjects-search.txt");
    }

    @Test
    @Order(2)
    void neighbourhood() throws Exception {
        populate();
        UserProfile profile = directory.profile(user).orElseThrow();
        String purpose = dossiers.get(0).toString();
        HttpClient client = logIn();
        Random random = new Random(11);
        Map<String, Consumer<String>> sides = new LinkedHashMap<>();
        sides.put("raw recursive CTE, 3 hops, 500 subjects + rows + relations (baseline)", id -> baseline(UUID.fromString(id)));
        sides.put("service: SubjectRegister.graph (policy walk + rows, relations, audit)", id -> register.graph(profile, id, 3, purpose));
        sides.put("HTTP: GET /api/v1/subjects/{id}/graph?depth=3 (all of it + JSON)",
                id -> get(client, "/api/v1/subjects/" + id + "/graph?depth=3&purpose=" + purpose));
        SubjectGraph sample = register.graph(profile, roots.get(0).toString(), 3, purpose);
        line("3-hop neighbourhood over %,d relations among %,d subjects; %d cores; load before %s", count("subject_relation"),
                count("subject"), Runtime.getRuntime().availableProcessors(), load());
        line("a sample neighbourhood: %d subjects, %d relations among them (the register caps at 500 subjects)", sample.nodes().size(),
                sample.edges().size());
        measure(sides, () -> roots.get(random.nextInt(roots.size())).toString());
        write("subjects-neighbourhood.txt");
    }

    @Test
    @Order(3)
    void enterpriseImport() throws Exception {
        populate();
        Path file = Files.createTempFile("bench-companies", ".csv");
        try {
            long bytes = companiesFile(file);
            line("Import of %,d enterprise rows (kind=companies, %,d bytes) into a dossier of a register holding %,d subjects;"
                    + " %d cores; load before %s", imports, bytes, count("subject"), Runtime.getRuntime().availableProcessors(), load());
            owner("CREATE TABLE IF NOT EXISTS bench_raw_company (ref text, name text, legal_form text, enterprise_number text,"
                    + " street text, number text, postcode text, municipality text, nace text)");
            importRuns("companies", file, "text/csv", () -> {
                owner("TRUNCATE bench_raw_company");
                rawCopy("bench_raw_company", file);
            }, "raw COPY into a table of text columns, no index (baseline)");
            write("subjects-import.txt");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The same enterprises as the public KBO open data ({@code kind=kbo}): a zip of enterprise.csv,
     * denomination.csv, address.csv and activity.csv (one main NACE code a line), against a raw COPY
     * of each of the four files into a table of text columns without indexes.
     */
    @Test
    @Order(4)
    void kboImport() throws Exception {
        populate();
        Path directory = Files.createTempDirectory("bench-kbo");
        try {
            Map<String, Path> files = kboFiles(directory);
            Path zip = directory.resolve("kbo.zip");
            try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
                for (var f : files.entrySet()) {
                    out.putNextEntry(new java.util.zip.ZipEntry(f.getKey()));
                    Files.copy(f.getValue(), out);
                    out.closeEntry();
                }
            }
            long csvBytes = 0;
            for (Path f : files.values()) {
                csvBytes += Files.size(f);
            }
            line("Import of %,d enterprises (kind=kbo: 4 files, %,d bytes of CSV, zip %,d bytes) into a dossier of a register holding"
                    + " %,d subjects; %d cores; load before %s", imports, csvBytes, Files.size(zip), count("subject"),
                    Runtime.getRuntime().availableProcessors(), load());
            for (String table : KBO_TABLES.keySet()) {
                owner("CREATE TABLE IF NOT EXISTS " + table + " (" + KBO_TABLES.get(table) + ")");
            }
            importRuns("kbo", zip, "application/zip", () -> {
                for (String table : KBO_TABLES.keySet()) {
                    owner("TRUNCATE " + table);
                    rawCopy(table, files.get(table.substring("bench_raw_kbo_".length()) + ".csv"));
                }
            }, "raw COPY of the 4 CSV files into tables of text columns, no index");
            write("subjects-import-kbo.txt");
        } finally {
            try (var paths = Files.walk(directory)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static final Map<String, String> KBO_TABLES = new java.util.LinkedHashMap<>(Map.of(
            "bench_raw_kbo_enterprise", "a text, b text, c text, d text, e text, f text, g text",
            "bench_raw_kbo_denomination", "a text, b text, c text, d text",
            "bench_raw_kbo_address", "a text, b text, c text, d text, e text, f text, g text, h text, i text, j text, k text, l text, m text",
            "bench_raw_kbo_activity", "a text, b text, c text, d text, e text"));

    private interface RawCopy {
        void run() throws Exception;
    }

    /** Rounds of the raw baseline then the import through the API, each import into a new dossier, medians reported. */
    private void importRuns(String kind, Path upload, String contentType, RawCopy rawCopy, String baseline) throws Exception {
        List<Long> raw = new ArrayList<>();
        List<Long> api = new ArrayList<>();
        HttpClient client = logIn();
        int runs = Integer.getInteger("bench.importRuns", 3);
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            rawCopy.run();
            raw.add(System.nanoTime() - start);
            UUID target = newDossier("Bench import " + kind + " " + run);
            start = System.nanoTime();
            HttpResponse<String> accepted = client.send(HttpRequest.newBuilder(uri("/api/v1/imports?kind=" + kind + "&compartment=" + target))
                    .header("Content-Type", contentType).header("Authorization", basic())
                    .POST(HttpRequest.BodyPublishers.ofFile(upload)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            String id = field(accepted.body(), "id");
            String status;
            do {
                Thread.sleep(100);
                status = field(get(client, "/api/v1/imports/" + id), "status");
            } while (status.equals("RUNNING"));
            api.add(System.nanoTime() - start);
            String outcome = get(client, "/api/v1/imports/" + id);
            assertThat(status).as(outcome.substring(0, Math.min(2000, outcome.length()))).isEqualTo("DONE");
            assertThat(jdbc.sql("SELECT count(*) FROM subject WHERE compartment_id = ?").param(target).query(Long.class).single())
                    .isEqualTo(imports);
        }
        double rawSeconds = median(raw) / 1e9;
        double apiSeconds = median(api) / 1e9;
        line("%-64s %10s %12s %8s", "side (median of " + runs + " runs)", "seconds", "rows/s", "ratio");
        line("%-64s %10.1f %,12.0f %8.2f", baseline, rawSeconds, imports / rawSeconds, 1.0);
        line("%-64s %10.1f %,12.0f %8.3f", "import API: read, check on all cores, COPY ready rows, merge", apiSeconds,
                imports / apiSeconds, rawSeconds / apiSeconds);
        line("all runs, raw ms %s; import ms %s", millis(raw), millis(api));
        line("load after %s", load());
    }

    private void rawCopy(String table, Path file) throws Exception {
        try (Connection connection = owner(); Reader reader = Files.newBufferedReader(file)) {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
        }
    }

    /** The KBO open-data files of the same generated enterprises (quoted as the FOD Economie quotes them). */
    private Map<String, Path> kboFiles(Path directory) throws IOException {
        Map<String, Path> files = new java.util.LinkedHashMap<>();
        for (String name : List.of("enterprise", "denomination", "address", "activity")) {
            files.put(name + ".csv", directory.resolve(name + ".csv"));
        }
        SyntheticPopulation population = new SyntheticPopulation(4242, Difficulty.EASY, 0);
        try (BufferedWriter enterprise = Files.newBufferedWriter(files.get("enterprise.csv"));
             BufferedWriter denomination = Files.newBufferedWriter(files.get("denomination.csv"));
             BufferedWriter address = Files.newBufferedWriter(files.get("address.csv"));
             BufferedWriter activity = Files.newBufferedWriter(files.get("activity.csv"))) {
            enterprise.write("\"EnterpriseNumber\",\"Status\",\"JuridicalSituation\",\"TypeOfEnterprise\",\"JuridicalForm\","
                    + "\"JuridicalFormCAC\",\"StartDate\"\n");
            denomination.write("\"EntityNumber\",\"Language\",\"TypeOfDenomination\",\"Denomination\"\n");
            address.write("\"EntityNumber\",\"TypeOfAddress\",\"CountryNL\",\"CountryFR\",\"Zipcode\",\"MunicipalityNL\","
                    + "\"MunicipalityFR\",\"StreetNL\",\"StreetFR\",\"HouseNumber\",\"Box\",\"ExtraAddressInfo\",\"DateStrikingOff\"\n");
            activity.write("\"EntityNumber\",\"ActivityGroup\",\"NaceVersion\",\"NaceCode\",\"Classification\"\n");
            for (SyntheticCompany c : (Iterable<SyntheticCompany>) population.companies(imports)::iterator) {
                String digits = c.enterpriseNumber().replaceAll("\\D", "");
                String number = "\"" + digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7) + "\"";
                enterprise.write(number + ",\"AC\",\"000\",\"2\",\"610\",\"\",\"01-02-2020\"\n");
                denomination.write(number + ",\"2\",\"001\"," + quoted(c.name()) + "\n");
                var a = c.address();
                address.write(number + ",\"REGO\",\"\",\"\"," + quoted(a.postcode()) + "," + quoted(a.municipality()) + ","
                        + quoted(a.municipality()) + "," + quoted(a.street()) + "," + quoted(a.street()) + "," + quoted(a.number()) + ","
                        + quoted(a.box() == null ? "" : a.box()) + ",\"\",\"\"\n");
                for (String nace : c.naceCodes()) {
                    activity.write(number + ",\"001\",\"2008\"," + quoted(nace.replace(".", "")) + ",\"MAIN\"\n");
                }
            }
        }
        return files;
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    // the data ---------------------------------------------------------------------------------

    private synchronized void populate() throws Exception {
        if (user != null || reuse()) {
            return;
        }
        String owner = newUser();
        String other = newUser();
        user = owner;
        List<UUID> created = new ArrayList<>();
        for (int c = 0; c < COMPARTMENTS; c++) {
            created.add(newDossier(c < COMPARTMENTS / 2 ? owner : other, "Bench register " + c + " " + UUID.randomUUID()));
        }
        dossiers = List.copyOf(created);
        List<String> indexes = template.queryForList("SELECT indexdef FROM pg_indexes WHERE tablename IN ('subject', 'subject_relation')"
                + " AND indexname NOT LIKE '%pkey'", String.class);
        long start = System.nanoTime();
        for (String index : indexes) {
            owner("DROP INDEX " + Pattern.compile("INDEX (\\S+) ON").matcher(index).results().findFirst().orElseThrow()
                    .group(1));
        }
        List<UUID> ids = new ArrayList<>(persons + companies);
        List<String> sampled = new ArrayList<>();
        Random random = new Random(3);
        SyntheticPopulation population = new SyntheticPopulation(42, Difficulty.MEDIUM, 0.05);
        Instant now = Instant.now();
        try (Connection connection = owner()) {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY subject (id, compartment_id, type, name,"
                    + " name_normalised, name_canonical, name_variants, name_phonetic, birth_date, category, owner_org, on_record, created_by,"
                    + " created_at) FROM STDIN");
            StringBuilder block = new StringBuilder(1 << 21);
            population.persons(persons).forEach(p -> {
                String name = p.givenName() + " " + p.familyName();
                row(block, copy, ids, name, Names.keys(p.givenName(), p.familyName()), "PERSON", p.birthDate() == null ? null
                        : p.birthDate().toString(), "SUSPECT", now);
                if (p.duplicate() && random.nextInt(4) == 0) {
                    sampled.add(name);
                }
            });
            population.companies(companies).forEach(c -> {
                row(block, copy, ids, c.name(), Names.keys(c.name()), "COMPANY", null, "OTHER", now);
                if (c.duplicate() && random.nextInt(2) == 0) {
                    sampled.add(c.name());
                }
            });
            flush(block, copy, true);
            line("bulk load: %,d subjects by COPY in %,d ms", ids.size(), (System.nanoTime() - start) / 1_000_000);
            start = System.nanoTime();
            CopyIn links = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY subject_relation (id, source_id, target_id, type,"
                    + " compartment_id, owner_org, on_record, created_by, created_at) FROM STDIN");
            String[] types = { "ASSOCIATE", "FAMILY", "DIRECTOR_OF", "USES_PHONE", "LIVES_AT", "EMPLOYS" };
            int per = ids.size() / COMPARTMENTS;
            for (int r = 0; r < relations; r++) {
                int compartment = random.nextInt(COMPARTMENTS);
                int a = random.nextInt(per) * COMPARTMENTS + compartment;
                int b = random.nextInt(per) * COMPARTMENTS + compartment;
                if (a == b) {
                    b = ((b / COMPARTMENTS + 1) % per) * COMPARTMENTS + compartment;
                }
                block.append(UUID.randomUUID()).append('\t').append(ids.get(a)).append('\t').append(ids.get(b)).append('\t')
                        .append(types[random.nextInt(types.length)]).append('\t').append(dossiers.get(compartment))
                        .append("\tFGP_ANTWERPEN\tf\tbench\t").append(now).append('\n');
                flush(block, links, false);
            }
            flush(block, links, true);
            line("bulk load: %,d relations by COPY in %,d ms", relations, (System.nanoTime() - start) / 1_000_000);
        }
        start = System.nanoTime();
        for (String index : indexes) {
            owner(index);
        }
        owner("VACUUM ANALYZE subject");
        owner("VACUUM ANALYZE subject_relation");
        line("the register's %d indexes rebuilt, VACUUM ANALYZE: %,d ms", indexes.size(), (System.nanoTime() - start) / 1_000_000);
        queries = List.copyOf(sampled.subList(0, Math.min(2000, sampled.size())));
        List<UUID> starts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            starts.add(ids.get(random.nextInt(ids.size() / COMPARTMENTS) * COMPARTMENTS + random.nextInt(COMPARTMENTS / 2)));
        }
        roots = List.copyOf(starts);
        owner("CREATE TABLE IF NOT EXISTS bench_subject_state (username text, dossiers text, queries text, roots text)");
        try (Connection connection = owner(); var insert = connection.prepareStatement("INSERT INTO bench_subject_state VALUES (?, ?, ?, ?)")) {
            insert.setString(1, user);
            insert.setString(2, String.join("\n", dossiers.stream().map(UUID::toString).toList()));
            insert.setString(3, String.join("\n", queries));
            insert.setString(4, String.join("\n", roots.stream().map(UUID::toString).toList()));
            insert.executeUpdate();
        }
    }

    /**
     * With a kept database ({@code bench.keep}: the embedded cluster in its own folder, not wiped),
     * a second run measures the population the first one loaded.
     */
    private boolean reuse() throws java.sql.SQLException {
        if (!Boolean.getBoolean("bench.keep")) {
            return false;
        }
        owner("CREATE TABLE IF NOT EXISTS bench_subject_state (username text, dossiers text, queries text, roots text)");
        try (Connection connection = owner(); var rows = connection.createStatement().executeQuery("SELECT * FROM bench_subject_state")) {
            if (!rows.next()) {
                return false;
            }
            user = rows.getString(1);
            dossiers = Arrays.stream(rows.getString(2).split("\n")).map(UUID::fromString).toList();
            queries = List.of(rows.getString(3).split("\n"));
            roots = Arrays.stream(rows.getString(4).split("\n")).map(UUID::fromString).toList();
        }
        line("reusing the population of an earlier run (bench.keep)");
        return true;
    }

    private void row(StringBuilder block, CopyIn copy, List<UUID> ids, String name, NameKeys keys, String type, String birth,
                     String category, Instant now) {
        UUID id = UUID.randomUUID();
        int compartment = ids.size() % COMPARTMENTS;
        ids.add(id);
        block.append(id).append('\t').append(dossiers.get(compartment)).append('\t').append(type).append('\t').append(text(name))
                .append('\t').append(text(keys.normalised())).append('\t').append(text(keys.canonical())).append('\t')
                .append(array(keys.variants())).append('\t').append(array(keys.phonetic())).append('\t')
                .append(birth == null ? "\\N" : birth).append('\t').append(category).append("\tFGP_ANTWERPEN\tf\tbench\t").append(now)
                .append('\n');
        flush(block, copy, false);
    }

    private static void flush(StringBuilder block, CopyIn copy, boolean end) {
        try {
            if (block.length() > (1 << 20) || end) {
                byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                block.setLength(0);
            }
            if (end) {
                copy.endCopy();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String value) {
        return value.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ");
    }

    private static String array(java.util.Collection<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(value.replace("\\", "").replace("\"", "")).append('"');
        }
        return text(literal.append('}').toString());
    }

    private long companiesFile(Path file) throws IOException {
        SyntheticPopulation population = new SyntheticPopulation(4242, Difficulty.EASY, 0);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("ref,name,legal_form,enterprise_number,street,number,postcode,municipality,nace\n");
            for (SyntheticCompany c : (Iterable<SyntheticCompany>) population.companies(imports)::iterator) {
                out.write(String.join(",", c.ref(), csv(c.name()), csv(c.legalForm()), c.enterpriseNumber(), csv(c.address().street()),
                        csv(c.address().number()), c.address().postcode(), csv(c.address().municipality()),
                        String.join(";", c.naceCodes())));
                out.write('\n');
            }
        }
        return Files.size(file);
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private String newUser() {
        String username = "bench." + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = users.create(username, "Analist " + username, null,
                directory.organisation("FGP_ANTWERPEN").orElseThrow().id(), encoder.encode(PASSWORD));
        Team team = directory.teams().stream().filter(t -> t.code().equals("KALI")).findFirst().orElseThrow();
        users.addMembership(account.id(), team.id(), Role.INVESTIGATOR);
        return username;
    }

    private UUID newDossier(String title) {
        return newDossier(user, title);
    }

    private UUID newDossier(String owner, String title) {
        var response = new Http(port).post("/api/v1/compartments", owner, PASSWORD, "application/json", """
                {"kind": "DOSSIER", "title": "%s", "members": []}""".formatted(title));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asString());
    }

    // measuring --------------------------------------------------------------------------------

    private void measure(Map<String, Consumer<String>> sides, java.util.function.Supplier<String> inputs) {
        Map<String, List<Long>> timings = new LinkedHashMap<>();
        sides.keySet().forEach(side -> timings.put(side, new ArrayList<>()));
        List<String> names = new ArrayList<>(sides.keySet());
        for (int round = -1; round < rounds; round++) {
            List<String> batch = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                batch.add(inputs.get());
            }
            for (int s = 0; s < names.size(); s++) {
                String side = names.get((s + Math.max(0, round)) % names.size());
                for (String input : batch) {
                    long t = System.nanoTime();
                    sides.get(side).accept(input);
                    if (round >= 0) {
                        timings.get(side).add(System.nanoTime() - t);
                    }
                }
            }
        }
        double base50 = percentile(timings.get(names.get(0)), 50);
        double base95 = percentile(timings.get(names.get(0)), 95);
        line("%-72s %8s %8s %8s %9s %9s", "side (" + rounds * requests + " calls each, same inputs)", "p50 ms", "p95 ms", "p99 ms",
                "p50/base", "p95/base");
        for (String side : names) {
            List<Long> t = timings.get(side);
            line("%-72s %8.1f %8.1f %8.1f %9.1f %9.1f", side, percentile(t, 50), percentile(t, 95), percentile(t, 99),
                    percentile(t, 50) / base50, percentile(t, 95) / base95);
        }
        line("load after %s", load());
    }

    private long medianHits(UserProfile profile, String purpose) {
        List<Long> hits = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            hits.add(register.search(profile, queries.get(i), purpose, 0, 20).totalItems());
        }
        return median(hits);
    }

    private HttpClient logIn() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = client.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        String form = "username=" + user + "&password=" + PASSWORD + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    private static String basic() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private String get(HttpClient client, String path) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private List<UUID> baseline(UUID root) {
        List<UUID> ids = jdbc.sql("""
                WITH RECURSIVE edge AS NOT MATERIALIZED (
                    SELECT source_id AS from_id, target_id AS to_id FROM subject_relation
                    UNION ALL
                    SELECT target_id, source_id FROM subject_relation
                ), walk (node, depth) AS (
                    SELECT CAST(:root AS uuid), 0
                    UNION
                    SELECT e.to_id, w.depth + 1 FROM walk w JOIN edge e ON e.from_id = w.node WHERE w.depth < 3
                )
                SELECT node FROM walk GROUP BY node ORDER BY min(depth), node LIMIT 500""").param("root", root).query(UUID.class).list();
        String array = "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}";
        jdbc.sql("SELECT id, compartment_id, ref, type, name FROM subject WHERE id = ANY(CAST(:ids AS uuid[]))").param("ids", array)
                .query().listOfRows();
        jdbc.sql("SELECT * FROM subject_relation WHERE source_id = ANY(CAST(:ids AS uuid[])) AND target_id = ANY(CAST(:ids AS uuid[]))")
                .param("ids", array).query().listOfRows();
        return ids;
    }

    /** A connection as the schema's owner: the application role may not drop indexes, create tables or vacuum. */
    private Connection owner() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(environment.getProperty("spring.flyway.url"),
                environment.getProperty("spring.flyway.user"), environment.getProperty("spring.flyway.password", ""));
    }

    private void owner(String sql) throws java.sql.SQLException {
        try (Connection connection = owner(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String table) {
        return template.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    private void write(String name) throws IOException {
        Path out = Path.of("target", "bench", name);
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        report.setLength(0);
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static String millis(List<Long> nanos) {
        return nanos.stream().map(n -> String.valueOf(n / 1_000_000)).toList().toString();
    }

    private static double percentile(List<Long> nanos, int percentile) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    private void line(String format, Object... arguments) {
        report.append(String.format(Locale.ROOT, format, arguments)).append('\n');
    }

    private static String load() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }
}
