package be.stroomplan.controls;

/** A refusal the user may know about (403 with the reason code), e.g. a participant doing what only the coordinator does. */
public class ControlRefused extends RuntimeException {

    public ControlRefused(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
