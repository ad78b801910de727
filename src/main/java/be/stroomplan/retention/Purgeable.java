package be.stroomplan.retention;

import java.util.List;

/**
 * A module's part of the nightly purge: delete (or anonymise) what has passed its retention date,
 * outside the held compartments, together with everything derived from it, in one transaction,
 * and say per class of data how many rows went and under which rule. Never content.
 */
public interface Purgeable {

    List<PurgeCount> purge(PurgeContext context);
}
