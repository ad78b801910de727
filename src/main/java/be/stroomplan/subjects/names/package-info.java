/**
 * Name normalisation, transliteration variants, phonetic keys and similarity behind
 * {@link be.stroomplan.subjects.Names}. Internal to the module.
 */
package be.stroomplan.subjects.names;
