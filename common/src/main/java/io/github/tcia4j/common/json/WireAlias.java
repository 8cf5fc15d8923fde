package io.github.tcia4j.common.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Other names under which a server has sent (or still sends) the value of a record component.
 * The canonical name is the component's {@code @JsonbProperty}; {@link RecordMapper} also accepts
 * every alias, so one record reads every known column-set variant of a response (for NBIA:
 * {@code TimeStamp} / {@code MaxSubmissionTimestamp}, {@code CollectionURI} /
 * {@code DataDescriptionURI}, the spaced CSV headers of 2025 such as {@code Series Instance UID}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface WireAlias {

  /**
   * Returns the alternative wire names, compared exactly (case matters, as on the wire).
   *
   * @return the alternative names
   */
  String[] value();
}
