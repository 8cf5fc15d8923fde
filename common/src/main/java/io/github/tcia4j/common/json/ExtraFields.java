package io.github.tcia4j.common.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one record component of type {@code Map<String, Object>} that receives every field
 * the record does not know, in the order the server sent them. With it, a field the server adds
 * in a later release is kept instead of silently dropped. Combine it with
 * {@code @JsonbTransient} so that JSON-B and the export schema skip it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface ExtraFields {}
