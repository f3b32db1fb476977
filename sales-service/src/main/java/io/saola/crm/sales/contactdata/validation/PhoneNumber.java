package io.saola.crm.sales.contactdata.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A phone number libphonenumber accepts (Vietnam when no country code is given); null and blank pass. */
@Documented
@Constraint(validatedBy = PhoneNumberValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PhoneNumber {

    String message() default "must be a valid phone number, e.g. 0912 345 678 or +84 912 345 678";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
