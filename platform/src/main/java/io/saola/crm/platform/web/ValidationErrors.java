package io.saola.crm.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/** Turns the validation results Spring and Bean Validation report into one sorted list of every bad field. */
final class ValidationErrors {

    private static final Comparator<ProblemError> ORDER = Comparator
            .comparing((ProblemError error) -> error.field() == null ? "" : error.field())
            .thenComparing(error -> error.message() == null ? "" : error.message());

    private final MessageSource messages;
    private final Locale locale;

    ValidationErrors(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    List<ProblemError> of(BindingResult result) {
        List<ProblemError> errors = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.add(fieldError(error.getField(), error));
        }
        for (ObjectError error : result.getGlobalErrors()) {
            errors.add(ProblemError.of(null, message(error)));
        }
        errors.sort(ORDER);
        return errors;
    }

    List<ProblemError> of(HandlerMethodValidationException exception) {
        List<ProblemError> errors = new ArrayList<>();
        for (ParameterValidationResult result : exception.getParameterValidationResults()) {
            if (result instanceof ParameterErrors beanErrors) {
                String prefix = isRequestBody(result.getMethodParameter()) ? "" : parameterName(result) + ".";
                for (FieldError error : beanErrors.getFieldErrors()) {
                    errors.add(fieldError(prefix + error.getField(), error));
                }
                for (ObjectError error : beanErrors.getGlobalErrors()) {
                    errors.add(ProblemError.of(prefix.isEmpty() ? null : parameterName(result), message(error)));
                }
            } else {
                String field = parameterName(result) + container(result);
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    errors.add(ProblemError.of(field, message(error),
                            Problems.displayable(field, result.getArgument())));
                }
            }
        }
        for (MessageSourceResolvable error : exception.getCrossParameterValidationResults()) {
            errors.add(ProblemError.of(null, message(error)));
        }
        errors.sort(ORDER);
        return errors;
    }

    static List<ProblemError> of(Set<? extends ConstraintViolation<?>> violations) {
        List<ProblemError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            String field = field(violation.getPropertyPath());
            errors.add(ProblemError.of(field, violation.getMessage(),
                    Problems.displayable(field, violation.getInvalidValue())));
        }
        errors.sort(ORDER);
        return errors;
    }

    private ProblemError fieldError(String field, FieldError error) {
        return ProblemError.of(field, message(error), Problems.displayable(field, error.getRejectedValue()));
    }

    private String message(MessageSourceResolvable error) {
        if (messages != null) {
            try {
                return messages.getMessage(error, locale);
            } catch (RuntimeException unresolvable) {
                return error.getDefaultMessage();
            }
        }
        return error.getDefaultMessage();
    }

    private static boolean isRequestBody(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class);
    }

    private static String parameterName(ParameterValidationResult result) {
        MethodParameter parameter = result.getMethodParameter();
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        String name = parameter.getParameterName();
        return name != null ? name : "arg" + parameter.getParameterIndex();
    }

    private static String container(ParameterValidationResult result) {
        if (result.getContainerIndex() != null) {
            return "[" + result.getContainerIndex() + "]";
        }
        if (result.getContainerKey() != null) {
            return "[" + result.getContainerKey() + "]";
        }
        return "";
    }

    /** A method-validation path without the method node: {@code register.contact.email} → contact.email. */
    static String field(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.RETURN_VALUE || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? null : field.toString();
    }
}
