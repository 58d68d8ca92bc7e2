package org.civicthemes.io.write;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicthemes.model.DateRange;

/**
 * Reads typed values out of the JSON tree of a file CivicThemes saved (a project, a codebook): a value that is
 * missing, of the wrong kind or refused by a model's validation is a {@link BadField} naming where it is, so the
 * file's reader can say at which line.
 */
abstract class JsonTree {

    /** A value of the file that cannot be used: where it is, and why. */
    static final class BadField extends RuntimeException {
        final JsonPointer where;

        BadField(JsonPointer where, String reason) {
            super(reason);
            this.where = where;
        }
    }

    protected final JsonNode root;

    JsonTree(JsonNode root) {
        this.root = root;
    }

    /** The days from the node's "from" and "to" fields (null or absent: open). */
    DateRange range(JsonNode node) {
        LocalDate from = date(node, "from");
        LocalDate to = date(node, "to");
        return valid(node, () -> new DateRange(from, to));
    }

    LocalDate date(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new BadField(pointer(node, field), "'" + value.asText() + "' is not a date like 2024-03-31");
        }
    }

    JsonPointer pointer(JsonNode node, String field) {
        return pointerOf(node).appendProperty(field);
    }

    /** Where a node is in the file: the tree has no parent links, so it is found from the root (only on errors). */
    JsonPointer pointerOf(JsonNode node) {
        JsonPointer found = find(root, node, JsonPointer.empty());
        return found == null ? JsonPointer.empty() : found;
    }

    static JsonPointer find(JsonNode at, JsonNode wanted, JsonPointer path) {
        if (at == wanted) {
            return path;
        }
        if (at.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = at.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                JsonPointer hit = find(f.getValue(), wanted, path.appendProperty(f.getKey()));
                if (hit != null) {
                    return hit;
                }
            }
        } else if (at.isArray()) {
            for (int i = 0; i < at.size(); i++) {
                JsonPointer hit = find(at.get(i), wanted, path.appendIndex(i));
                if (hit != null) {
                    return hit;
                }
            }
        }
        return null;
    }

    /** Runs a constructor; its validation message becomes a {@link BadField} at {@code node}. */
    <T> T valid(JsonNode node, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadField(pointerOf(node), e.getMessage());
        }
    }

    JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new BadField(pointerOf(node), "'" + field + "' is missing");
        }
        return value;
    }

    JsonNode object(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isObject()) {
            throw new BadField(pointer(node, field), "'" + field + "' must be an object in braces { }");
        }
        return value;
    }

    String text(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isTextual()) {
            throw new BadField(pointer(node, field), "'" + field + "' must be text in quotes");
        }
        return value.asText();
    }

    String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : text(node, field);
    }

    long integer(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new BadField(pointer(node, field), "'" + field + "' must be a whole number");
        }
        return value.asLong();
    }

    long integer(JsonNode node, String field, long fallback) {
        return node.hasNonNull(field) ? integer(node, field) : fallback;
    }

    double number(JsonNode node, String field, double fallback) {
        JsonNode value = optional(node, field, JsonNode::isNumber, "a number");
        return value == null ? fallback : value.asDouble();
    }

    boolean bool(JsonNode node, String field, boolean fallback) {
        JsonNode value = optional(node, field, JsonNode::isBoolean, "true or false");
        return value == null ? fallback : value.asBoolean();
    }

    /** The field's value, or null when it is absent or null; of the wrong kind, a {@link BadField}. */
    JsonNode optional(JsonNode node, String field, java.util.function.Predicate<JsonNode> kind, String what) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!kind.test(value)) {
            throw new BadField(pointer(node, field), "'" + field + "' must be " + what);
        }
        return value;
    }

    List<Integer> integers(JsonNode node, String field) {
        JsonNode array = required(node, field);
        if (!array.isArray()) {
            throw new BadField(pointer(node, field), "'" + field + "' must be a list of whole numbers");
        }
        List<Integer> out = new ArrayList<>(array.size());
        for (JsonNode v : array) {
            if (!v.isInt()) {
                throw new BadField(pointer(node, field), "'" + field + "' must be a list of whole numbers");
            }
            out.add(v.asInt());
        }
        return out;
    }

    /** The texts of a list field, without repeats; an absent list is empty. */
    Set<String> strings(JsonNode node, String field) {
        return new LinkedHashSet<>(texts(node, field));
    }

    /** The texts of a list field in order, repeats kept; an absent list is empty. */
    List<String> texts(JsonNode node, String field) {
        JsonNode array = node.get(field);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new BadField(pointer(node, field), "'" + field + "' must be a list of texts");
        }
        List<String> out = new ArrayList<>(array.size());
        for (JsonNode v : array) {
            if (!v.isTextual()) {
                throw new BadField(pointer(node, field), "'" + field + "' must be a list of texts");
            }
            out.add(v.asText());
        }
        return out;
    }
}
