package be.stroomplan.partners.internal.oidc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import be.stroomplan.partners.Role;
import be.stroomplan.partners.internal.PartnerUser;
import be.stroomplan.platform.ActorPrincipal;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

import static org.assertj.core.api.Assertions.assertThat;

/** The principal of an OIDC browser login: named after the local account, and serializable for the session store. */
class LocalOidcUserTests {

    @Test
    void carriesLocalNameOrganisationAndRolesAndSurvivesSerialization() throws Exception {
        OidcIdToken idToken = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(300),
                Map.of("iss", "https://idp.example", "sub", "f:1234", "preferred_username", "kali.fgp"));
        LocalOidcUser user = new LocalOidcUser(
                new PartnerUser("kali.fgp", "FGP_ANTWERPEN", Set.of(Role.INVESTIGATOR), true, null), idToken, null);

        Object copy = roundTrip(user);

        assertThat(copy).isEqualTo(user).isInstanceOf(ActorPrincipal.class);
        LocalOidcUser restored = (LocalOidcUser) copy;
        assertThat(restored.getName()).isEqualTo("kali.fgp");
        assertThat(restored.organisationCode()).isEqualTo("FGP_ANTWERPEN");
        assertThat(restored.getSubject()).isEqualTo("f:1234");
        assertThat(restored.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_INVESTIGATOR");
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
