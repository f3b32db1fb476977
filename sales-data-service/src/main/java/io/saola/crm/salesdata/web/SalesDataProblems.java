package io.saola.crm.salesdata.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import io.saola.crm.platform.web.InvalidStateTransitionException;
import io.saola.crm.platform.web.ProblemExceptionHandler;
import io.saola.crm.salesdata.rules.BusinessRuleViolation;
import io.saola.crm.salesdata.rules.StatusChangeRefused;

/**
 * Answers the domain's refusals with the platform's problems: broken rules are 422 with every field, a refused
 * status change is the 409 invalid-state-transition problem. The domain stays free of web types.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SalesDataProblems {

    private final ProblemExceptionHandler problems;

    SalesDataProblems(ProblemExceptionHandler problems) {
        this.problems = problems;
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    ResponseEntity<Object> brokenRules(BusinessRuleViolation violation, WebRequest request) {
        return problems.handleProblem(new InvalidSalesInput(violation), request);
    }

    @ExceptionHandler(StatusChangeRefused.class)
    ResponseEntity<Object> refusedChange(StatusChangeRefused refused, WebRequest request) {
        return problems.handleProblem(new InvalidStateTransitionException(refused.recordType(), refused.recordId(),
                refused.currentStatus(), refused.requestedStatus(), refused.getMessage()), request);
    }
}
