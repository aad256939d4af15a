package dev.accordion.processor.model;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A list the snapshot writes as a plain value when it has one element, and reads in either
 * form: snapshots written before a transition could have several columns stay byte for byte
 * the same.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@JacksonAnnotationsInside
@JsonFormat(with = {
    JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
    JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
@interface OneOrMany {}
