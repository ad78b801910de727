/**
 * The validators and normalisers behind {@link be.stroomplan.subjects.Identifiers}, one per
 * identifier type, and the check-digit arithmetic the synthetic generator shares with them.
 * Internal to the module.
 */
package be.stroomplan.subjects.identifiers;
