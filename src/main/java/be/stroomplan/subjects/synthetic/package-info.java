/**
 * A seeded, streaming generator of synthetic subjects: an Antwerp-like population of persons and
 * companies with valid identifiers, and duplicates carrying realistic errors together with the
 * ground truth of which records describe the same real-world entity. Demo data, tests and
 * benchmarks of every module may use it; it never touches a database.
 */
@org.springframework.modulith.NamedInterface("synthetic")
package be.stroomplan.subjects.synthetic;
