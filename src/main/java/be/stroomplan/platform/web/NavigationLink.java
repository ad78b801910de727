package be.stroomplan.platform.web;

/** A navigation entry as the layout renders it for one request. */
record NavigationLink(String labelKey, String path, boolean current) {
}
