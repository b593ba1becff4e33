package dk.opdag.experiment;

import tools.jackson.databind.JsonNode;

/**
 * Something that happened while the program ran, for replay in the client.
 *
 * @param blockId id of the block that caused it (null for events of the world itself, such as a new hour)
 * @param kind    short English tag, e.g. {@code print}, {@code move}, {@code bump}, {@code warning}, {@code tick}
 * @param data    details for drawing or explaining the event
 */
public record TraceEvent(String blockId, String kind, JsonNode data) {
}
