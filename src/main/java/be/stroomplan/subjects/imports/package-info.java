/**
 * Bulk import into the subject register and FollowTheMoney export (DESIGN.md §7).
 * <p>
 * {@link be.stroomplan.subjects.imports.SubjectImports} receives an upload (generic CSV lists of
 * persons or companies, the KBO open-data zip, FtM JSON lines) for a compartment the user writes
 * in, refuses at once what would spoil every row, and runs the import in the background:
 * <ol>
 * <li><b>staging</b>: the file is read record by record ({@code CsvRecords}: a record is cut at
 * its unquoted line break, decoded as strict UTF-8, split by RFC 4180); unreadable rows are refused
 * with their line. A CSV list (persons, companies) is checked in the same pass: batches of rows go
 * through the register's own checks ({@link be.stroomplan.subjects.SubjectValidation}) on every core
 * ({@code OrderedChecks}), and the valid rows, normalised and with their name keys, are streamed with
 * COPY into the unlogged ready table in the file's order. A KBO zip and an FtM file are first copied
 * as they are into an unlogged staging table, one text array per row;</li>
 * <li><b>validation</b>: for KBO, each enterprise joined with its name, registered office and main
 * activities by one query, and for FtM each entity, goes through the same checks into the ready
 * table; then references given twice are refused;</li>
 * <li><b>merge</b>: in one transaction, with the import's audit row and its DONE status, the ready
 * rows update the records with the same reference and become new records otherwise, and FtM
 * links become relations. It only runs when no row was refused.</li>
 * </ol>
 * Nothing reaches the register before the merge commits, so a failed or interrupted import leaves
 * nothing behind but its refused rows; {@code ImportRecoveryJob} fails imports whose node stopped,
 * and running one again is safe. docs/IMPORTS.md describes the formats and the FtM mapping.
 */
package be.stroomplan.subjects.imports;
