package be.stroomplan.subjects;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For aggregate figures only (the impact module’s view by district): which postcodes the
 * addresses of the subjects of some compartments have. It answers pairs of compartment and
 * postcode, never a subject, a name or a street. The ids are joined as a set (unnest), not
 * matched with {@code = ANY}: with tens of thousands of ids the latter let the planner choose
 * a plan that compares every row with every id.
 */
@Service
@Transactional(readOnly = true)
public class SubjectPostcodes {

    private final JdbcClient jdbc;

    SubjectPostcodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The distinct (compartment, postcode) pairs of the compartments’ subjects, postcodes in [{@code low}, {@code high}]. */
    public List<Map.Entry<UUID, String>> of(Collection<UUID> compartments, String low, String high) {
        if (compartments.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT DISTINCT s.compartment_id, a.postcode
                FROM unnest(CAST(:ids AS uuid[])) AS c(id)
                JOIN subject s ON s.compartment_id = c.id
                JOIN subject_address a ON a.subject_id = s.id
                WHERE a.postcode BETWEEN :low AND :high""")
                .param("ids", compartments.stream().map(UUID::toString).toArray(String[]::new))
                .param("low", low).param("high", high)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }
}
