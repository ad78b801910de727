package be.stroomplan.sharing.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code stroomplan.sharing} (retention periods are the retention module's:
 * {@code stroomplan.retention}).
 *
 * @param maxAttachmentSize the largest attachment accepted (10 MB unless set)
 */
@ConfigurationProperties("stroomplan.sharing")
public record SharingSettings(DataSize maxAttachmentSize) {

    public SharingSettings {
        maxAttachmentSize = maxAttachmentSize == null ? DataSize.ofMegabytes(10) : maxAttachmentSize;
    }
}
