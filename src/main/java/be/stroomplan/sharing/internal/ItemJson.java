package be.stroomplan.sharing.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.stroomplan.partners.Classification;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.HandlingCode;
import be.stroomplan.sharing.InformationAccuracy;
import be.stroomplan.sharing.ItemContent;
import be.stroomplan.sharing.SourceReliability;
import be.stroomplan.sharing.Tlp;

import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Item content to and from the JSON of {@code fields} and of version snapshots. */
@Component
public class ItemJson {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JsonMapper json;

    ItemJson(JsonMapper json) {
        this.json = json;
    }

    public String write(Map<String, Object> map) {
        return json.writeValueAsString(map == null ? Map.of() : map);
    }

    public Map<String, Object> read(String text) {
        return text == null ? Map.of() : json.readValue(text, MAP);
    }

    /** The snapshot of one version: its content and markings. */
    public String snapshot(ItemContent c) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("category", c.category().name());
        map.put("classification", c.classification().name());
        map.put("tlp", c.tlp().name());
        map.put("sourceReliability", c.sourceReliability().name());
        map.put("informationAccuracy", c.informationAccuracy().code());
        map.put("handlingCode", c.handlingCode().name());
        map.put("handlingNote", c.handlingNote());
        map.put("title", c.title());
        map.put("text", c.text());
        map.put("fields", c.fields());
        map.put("subjects", c.subjects());
        return json.writeValueAsString(map);
    }

    @SuppressWarnings("unchecked")
    public ItemContent content(String snapshot) {
        Map<String, Object> map = read(snapshot);
        return new ItemContent(DataCategory.valueOf((String) map.get("category")),
                Classification.valueOf((String) map.get("classification")), Tlp.valueOf((String) map.get("tlp")),
                SourceReliability.valueOf((String) map.get("sourceReliability")),
                InformationAccuracy.parse((String) map.get("informationAccuracy")).orElseThrow(),
                HandlingCode.valueOf((String) map.get("handlingCode")), (String) map.get("handlingNote"),
                (String) map.get("title"), (String) map.get("text"), (Map<String, Object>) map.get("fields"),
                (List<String>) map.get("subjects"));
    }
}
