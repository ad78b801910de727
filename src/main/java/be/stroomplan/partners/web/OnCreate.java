package be.stroomplan.partners.web;

/** Validation group of the fields that are set once, on creation (codes, user names, initial passwords). */
interface OnCreate {
}
