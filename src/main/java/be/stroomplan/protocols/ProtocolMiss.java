package be.stroomplan.protocols;

import java.util.List;

/** A protocol of the flow's provider that does not cover the flow, with every reason why. */
public record ProtocolMiss(String protocolId, int version, String title, List<MissReason> reasons) {

    public ProtocolMiss {
        reasons = List.copyOf(reasons);
    }
}
