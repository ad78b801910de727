package be.stroomplan.protocols.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import be.stroomplan.platform.CurrentActor;

/**
 * Who reads the register: functional administrators (they manage protocols) and DPOs read every
 * protocol; everyone else only those their organisation is party to, as provider or recipient of
 * any version. For anyone else a protocol does not exist (404, never 403).
 */
public record ProtocolReader(String organisation, boolean readsAll) {

    public static ProtocolReader of(Authentication authentication) {
        boolean all = authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> "ROLE_FUNCTIONAL_ADMIN".equals(a) || "ROLE_DPO".equals(a));
        return new ProtocolReader(CurrentActor.of(authentication).organisationCode(), all);
    }

    public boolean mayRead(Protocol protocol) {
        return readsAll || (organisation != null && protocol.versions().stream().anyMatch(v ->
                organisation.equals(v.content().provider()) || v.content().recipients().contains(organisation)));
    }
}
