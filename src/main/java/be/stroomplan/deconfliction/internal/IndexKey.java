package be.stroomplan.deconfliction.internal;

/** One normalised identifier to hash: its kind (an identifier type or NAME) and its matching key. Never stored. */
record IndexKey(String kind, String value) {
}
