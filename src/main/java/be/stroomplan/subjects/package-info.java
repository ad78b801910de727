/**
 * Subjects: the people, companies, premises, vehicles, vessels, containers, phones, e-mail
 * addresses and bank accounts that every part of the Stroomplan works on (DESIGN.md §2,
 * ‘betrokkene’), and the means to recognise the same one in records from different partners.
 * <p>
 * This first part holds the module's self-contained foundations, which the register builds on:
 * <ul>
 * <li><b>Identifiers</b>: {@link be.stroomplan.subjects.IdentifierType} and
 * {@link be.stroomplan.subjects.Identifiers}, which validate and normalise every identifier of
 * DESIGN.md §6 (national register number, enterprise number, IBAN, Belgian plate, VIN, ISO 6346
 * container, IMO number, phone, e-mail, Belgian address). A check gives an
 * {@link be.stroomplan.subjects.IdentifierCheck}: the normalised value, or a message key with its
 * arguments, translated in Dutch, French and English. Nothing is ever guessed.</li>
 * <li><b>Names</b>: {@link be.stroomplan.subjects.Names} turns a person's name into
 * {@link be.stroomplan.subjects.NameKeys} (a canonical key, transliteration variant keys and
 * phonetic keys) and scores the similarity of two names, for the blocking and scoring of entity
 * resolution.</li>
 * <li><b>Synthetic data</b>: the named interface {@code synthetic} generates a seeded, streaming,
 * Antwerp-like population of persons and companies with valid identifiers and duplicates whose
 * ground truth is known, for demo data, tests and benchmarks.</li>
 * </ul>
 * On them stands the <b>register</b>, {@link be.stroomplan.subjects.SubjectRegister}: subject records
 * in the compartments of the sharing module, each with a data-subject category; fuzzy search on
 * names and exact search on identifiers, always with a purpose and only over what the user may
 * read; entity resolution across the readable compartments
 * ({@link be.stroomplan.subjects.SubjectMatcher}) with people's decisions kept as history; typed
 * relations with a period, a source item and a grading; and the policy-filtered graph around a
 * subject. For the DPO, the data-subject report (subjects.report): what the platform holds about a
 * person and who saw it, as JSON and PDF. Bulk import (CSV lists, KBO open data, FtM) through
 * COPY, staging, validation and one merge transaction, and FtM export (subjects.imports).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Subjects",
        allowedDependencies = { "platform", "partners", "audit", "protocols", "sharing", "retention" })
package be.stroomplan.subjects;
