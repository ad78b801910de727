package be.stroomplan.sharing.internal;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

import be.stroomplan.protocols.DataCategory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code stroomplan.sharing}.
 *
 * @param retention the default retention period per data category, used when no active protocol of
 *        the owning organisation states one (e.g. {@code stroomplan.sharing.retention.POLICE=P5Y})
 * @param maxAttachmentSize the largest attachment accepted (10 MB unless set)
 */
@ConfigurationProperties("stroomplan.sharing")
public record SharingSettings(Map<DataCategory, Period> retention, DataSize maxAttachmentSize) {

    static final Map<DataCategory, Period> DEFAULT_RETENTION = Map.of(
            DataCategory.JUDICIAL, Period.ofYears(10),
            DataCategory.POLICE, Period.ofYears(5),
            DataCategory.SOCIAL, Period.ofYears(5),
            DataCategory.FISCAL, Period.ofYears(7),
            DataCategory.CUSTOMS, Period.ofYears(5),
            DataCategory.ADMINISTRATIVE, Period.ofYears(5),
            DataCategory.PUBLIC, Period.ofYears(5));

    public SharingSettings {
        Map<DataCategory, Period> periods = new EnumMap<>(DEFAULT_RETENTION);
        if (retention != null) {
            periods.putAll(retention);
        }
        retention = Map.copyOf(periods);
        maxAttachmentSize = maxAttachmentSize == null ? DataSize.ofMegabytes(10) : maxAttachmentSize;
    }
}
