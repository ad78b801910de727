package be.stroomplan.sharing;

/** A file that is too large (413) or whose bytes are not an accepted type, or not the type its name says (415). */
public class RefusedAttachment extends RuntimeException {

    private final boolean tooLarge;

    public RefusedAttachment(boolean tooLarge, String message) {
        super(message);
        this.tooLarge = tooLarge;
    }

    public boolean tooLarge() {
        return tooLarge;
    }
}
