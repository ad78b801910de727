package be.stroomplan.platform.web;

/** A link of the language switch: the current page in another language. */
record LanguageLink(String code, String label, String href, boolean current) {
}
