package be.stroomplan.sharing;

/** A file of an item with its bytes, after a permitted read. */
public record AttachmentContent(Attachment attachment, byte[] content) {
}
