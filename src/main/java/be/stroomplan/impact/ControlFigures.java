package be.stroomplan.impact;

import be.stroomplan.partners.UserProfile;

/**
 * The extension point for the figures of COAC control actions: the controls module implements it
 * (a Spring bean), computed over the actions the user may see, or over all of them when
 * {@code organisationWide} (then {@code user} may be null: the public statistics page has none).
 * Until a bean exists the dashboard shows ‘no data yet’.
 */
public interface ControlFigures {

    ControlIndicators figures(UserProfile user, ImpactQuery query, boolean organisationWide);
}
