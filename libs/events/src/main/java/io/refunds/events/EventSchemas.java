package io.refunds.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Validates an event's JSON body against the JSON Schema of its type, as published in this module. */
public final class EventSchemas {

    private static final String SCHEMA_BASE = "https://refunds.io/schemas/";

    private final Map<EventType, Schema> schemas = new EnumMap<>(EventType.class);

    public EventSchemas() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(SCHEMA_BASE, "classpath:schemas/")));
        for (EventType type : EventType.values()) {
            schemas.put(type, registry.getSchema(SchemaLocation.of(SCHEMA_BASE + type.ceType() + ".json")));
        }
    }

    /** The violations of the schema, empty when the body is valid. */
    public List<String> violations(EventType type, String json) {
        return describe(schemas.get(type).validate(json, InputFormat.JSON));
    }

    /** The same for a body already parsed, so a consumer reads each record's JSON once. */
    public List<String> violations(EventType type, JsonNode body) {
        return describe(schemas.get(type).validate(body));
    }

    private static List<String> describe(List<Error> errors) {
        return errors.stream().map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
    }
}
